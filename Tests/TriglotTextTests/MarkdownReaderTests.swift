import Foundation
import Testing
import TriglotTestSupport

@testable import TriglotText

@Suite("Reading Markdown editions")
struct MarkdownReaderTests {
  @Test func readsBlocksWithTheirKindsAndLines() throws {
    let markdown = """
      # Ракетний удар по Харкову

      ![Рятувальники на місці влучання](photo.jpg)

      *Фото: ДСНС України*

      У ніч на 17 вересня російські війська
      завдали удару по **Харкову**.

      ## Що відомо

      - Пошкоджено 256 квартир.
      - Пошкоджено 37 автомобілів.

      > Підписуйтесь на наш Telegram-канал

      AT&T і 1 < 2 лишаються текстом.

      """
    let article = try MarkdownReader.read(markdown, source: "uk.md")
    #expect(
      article.paragraphs.map(\.kind) == [
        .title, .caption, .caption, .body, .heading, .listItem, .listItem, .quote, .body,
      ])
    #expect(
      article.paragraphs.map(\.text) == [
        "Ракетний удар по Харкову", "Рятувальники на місці влучання", "Фото: ДСНС України",
        "У ніч на 17 вересня російські війська завдали удару по Харкову.", "Що відомо",
        "Пошкоджено 256 квартир.", "Пошкоджено 37 автомобілів.",
        "Підписуйтесь на наш Telegram-канал", "AT&T і 1 < 2 лишаються текстом.",
      ])
    #expect(article.paragraphs.map(\.position.line) == [1, 3, 5, 7, 10, 12, 12, 15, 17])
    #expect(article.paragraphs.allSatisfy { $0.position.path == nil })
  }

  @Test func frontMatterTitleIsTheHeadlineWithoutAHeading() throws {
    let markdown = "---\ntitle: Бюджет ухвалено\n---\n\nВерховна Рада ухвалила бюджет.\n"
    let article = try MarkdownReader.read(markdown, source: "uk.md")
    #expect(
      article.paragraphs.map(\.text) == ["Бюджет ухвалено", "Верховна Рада ухвалила бюджет."])
    #expect(article.paragraphs.first?.kind == .title)
  }

  /// A Markdown export of each Corpora edition (headline as `#`, a picture with its caption,
  /// a quoted promo at the end) gives back its article paragraphs.
  @Test func markdownExportsOfTheCorporaGiveTheirParagraphs() throws {
    for article in CorporaArticle.all {
      for edition in article.editions {
        let boilerplate = article.boilerplate(edition.language)
        let texts = edition.paragraphs.enumerated().filter { !boilerplate.contains($0.offset) }
          .map(\.element.text)
        let markdown = MarkdownExport.render(
          title: texts[0], body: Array(texts.dropFirst()), caption: "Фото: прес-служба",
          promo: "Підписуйтесь на наш Telegram")
        let read = try MarkdownReader.read(markdown, source: edition.source)
        let got = read.paragraphs.filter { $0.kind != .caption && $0.kind != .quote }.map(\.text)
        #expect(got == texts, "\(edition.source)")
      }
    }
  }

  @Test func boundsTheSize() {
    #expect(throws: TriglotTextError.self) {
      try MarkdownReader.read(
        String(repeating: "a", count: 200), source: "big.md",
        limits: HTMLDocument.Limits(maxBytes: 100))
    }
  }

  /// Ink never finished on a `<p` with no `>` after it (Tests/Fuzz/README.md); the reader
  /// writes its `<` as an entity, so the text reads as written.
  @Test(
    .timeLimit(.minutes(1)),
    arguments: [
      ("a <p", ["a <p"]),
      ("<p", ["<p"]),
      ("# Title\n\nfirst <P second\n\nthird", ["Title", "first <P second", "third"]),
      ("x < y <p z", ["x < y <p z"]),
      ("<p>kept</p>\n\n<p", ["kept", "<p"]),
    ])
  func unclosedParagraphTagsAreText(markdown: String, texts: [String]) throws {
    let article = try MarkdownReader.read(markdown, source: "uk.md")
    #expect(article.paragraphs.map(\.text) == texts)
  }

  /// Ink's time was exponential in the `[` of a paragraph that open no link (thirty took more
  /// than 10 s, Tests/Fuzz/README.md); the reader escapes each `[` followed by another `[`
  /// first, and links still read as links.
  @Test(
    .timeLimit(.minutes(1)),
    arguments: [
      (String(repeating: "[", count: 40) + " x", [String(repeating: "[", count: 40) + " x"]),
      ("See [the report](https://example.com) and [[1]].", ["See the report and [[1]]."]),
      ("\\[[not", ["[[not"]),
    ])
  func nestedBracketsAreReadInLinearTime(markdown: String, texts: [String]) throws {
    let article = try MarkdownReader.read(markdown, source: "uk.md")
    #expect(article.paragraphs.map(\.text) == texts)
  }
}
