import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot extract")
struct ExtractCommandTests {
  static let page = "Corpora/pages/02-kharkiv-strike/uk.html"

  @Test func textShowsTheArticleParagraphByParagraph() throws {
    let result = try CLIRunner.run(["extract", Self.page])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "\(Self.page): HTML, UTF-8, declares uk; article: <article class=\"article\"> at line 133"
    )
    #expect(lines[1] == " #  kind     line  boilerplate  text")
    #expect(
      lines[2]
        == " 0  title     135               Ракетний удар по Харкову: четверо загиблих, 43 поранених"
    )
    #expect(lines[3].hasPrefix(" 1  caption   152  caption      Рятувальники на місці влучання"))
    #expect(lines[8] == " 6  heading   177               Що відомо про постраждалих")
    #expect(
      lines.last
        == "16 paragraphs (15 article, 1 boilerplate) (--show-dropped lists what was left out)")
  }

  @Test func showDroppedListsWhatWasLeftOutAndWhy() throws {
    let result = try CLIRunner.run(["extract", "--show-dropped", Self.page])
    #expect(result.status == 0)
    #expect(result.stdout.contains("; 13 parts of the page left out\n"))
    let dropped = result.stdout.split(separator: "\n").drop { !$0.hasPrefix("line  element") }
    #expect(dropped.first?.hasPrefix("line  element                reason ") == true)
    #expect(
      dropped.contains { $0.hasPrefix(" 158  div.share-bar          class share-bar (share) ") })
    #expect(
      dropped.contains {
        $0.hasPrefix(" 214  section.related-news   class related-news (related) ")
      })
    #expect(dropped.contains { $0.hasPrefix(" 250  footer.site-footer     <footer> ") })
  }

  @Test func jsonHasTheParagraphsTheirKindsAndPositions() throws {
    let result = try CLIRunner.run(["extract", "--format", "json", "--show-dropped", Self.page])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 1)
    #expect(document["format"] as? String == "html")
    #expect(document["encoding"] as? String == "UTF-8")
    #expect(document["language"] as? String == "uk")
    let paragraphs = try #require(document["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.count == 16)
    #expect(paragraphs[0]["kind"] as? String == "title")
    #expect(paragraphs[0]["line"] as? Int == 135)
    #expect(paragraphs[0]["xpath"] as? String == "/html/body/main/div/article/header/h1")
    #expect(paragraphs[1]["boilerplate"] as? String == "caption")
    let dropped = try #require(document["dropped"] as? [[String: Any]])
    let share = try #require(dropped.first { $0["element"] as? String == "div.share-bar" })
    #expect(share["reason"] as? String == "class")
    #expect(share["detail"] as? String == "share-bar (share)")
    #expect(share["text"] as? String == "Поділитися: Facebook Telegram X Копіювати посилання")
    let without = try CLIRunner.run(["extract", "--format", "json", Self.page])
    #expect(!without.stdout.contains("\"dropped\""))
  }

  @Test func plainGivesTextForTheOtherCommands() throws {
    let result = try CLIRunner.run(["extract", "--format", "plain", Self.page])
    #expect(result.status == 0)
    let paragraphs = result.stdout.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 16)
    #expect(paragraphs.first == "Ракетний удар по Харкову: четверо загиблих, 43 поранених")
  }

  @Test func markdownAndTextFilesShowTheirLines() throws {
    let markdown = try CLIRunner.run(
      ["extract", "--input-format", "markdown", "-"],
      stdin: "# Заголовок\n\nПерший абзац.\n\n> Підписуйтесь на наш Telegram\n")
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("0  title     1               Заголовок\n"))
    #expect(markdown.stdout.contains("2  quote     5  promo        Підписуйтесь на наш Telegram\n"))
    let text = try CLIRunner.run(["extract", "Corpora/articles/01-budget-vote/en.txt"])
    #expect(text.stdout.contains(" 0  -        1  navigation   ua en ru\n"))
  }

  @Test func severalFilesGiveAListAndAMissingOneIsReported() throws {
    let result = try CLIRunner.run(
      [
        "extract", "--format", "json", Self.page, "missing.html",
        "Corpora/pages/05-football-qualifier/en.html",
      ])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: missing.html: no such file\n")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((document["files"] as? [Any])?.count == 2)
  }

  @Test func helpNamesTheFormatsAndExitCodes() throws {
    let result = try CLIRunner.run(["extract", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("--show-dropped"))
    #expect(result.stdout.contains("--input-format <FORMAT>"))
    #expect(result.stdout.contains("--encoding <NAME>"))
    #expect(result.stdout.contains("Exit codes: 0 success, 2 input error"))
  }
}
