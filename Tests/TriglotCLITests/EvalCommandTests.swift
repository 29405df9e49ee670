import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot eval")
struct EvalCommandTests {
  struct Counts: Decodable {
    var precision: Double
    var recall: Double
    var f1: Double
  }
  struct Score: Decodable {
    var pairs: [String: Counts]
    var overall: Counts
    var exactGroups: Int
    var referenceGroups: Int
    var exactGroupShare: Double
  }
  struct Article: Decodable {
    var name: String
    var score: Score
  }
  struct Document: Decodable {
    var version: Int
    var articles: [Article]
    var overall: Score
  }

  @Test func scoresEveryArticleOfTheCorpora() throws {
    let result = try CLIRunner.cachedRun(["eval", "--format", "json", "Corpora/articles"])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
    #expect(document.version == 1)
    #expect(document.articles.count >= 12)
    #expect(document.overall.overall.f1 >= 0.98)
    #expect(Set(document.overall.pairs.keys) == ["uk-en", "uk-ru", "en-ru"])
    #expect(document.articles.map(\.name) == document.articles.map(\.name).sorted())
  }

  @Test func sentenceLevelScoresTheArticlesWithSentenceGold() throws {
    let result = try CLIRunner.cachedRun(
      ["eval", "--level", "sentence", "--format", "json", "Corpora/articles"])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
    #expect(document.articles.count >= 6)
    #expect(document.overall.overall.f1 >= 0.98)
    #expect(result.stdout.contains("\"level\" : \"sentence\""))
    #expect(result.stderr.contains("14-chess-olympiad/gold.json: no sentence groups; skipped"))
  }

  @Test func sentenceLevelWithoutSentenceGoldIsAnInputError() throws {
    let result = try CLIRunner.run(
      ["eval", "--level", "sentence", "Corpora/articles/14-chess-olympiad"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no gold.json with sentence groups"))
  }

  @Test func textReportHasArticlesAndOverall() throws {
    let result = try CLIRunner.run(["eval", "Corpora/articles/02-kharkiv-strike"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("02-kharkiv-strike"))
    #expect(result.stdout.contains("overall"))
    #expect(result.stdout.contains("uk-en F1"))
  }

  @Test func missingFolderIsAnInputError() throws {
    let result = try CLIRunner.run(["eval", "no-such-folder"])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: no-such-folder: no such folder\n")
  }

  @Test func folderWithoutArticlesIsAnInputError() throws {
    let result = try CLIRunner.run(["eval", "Sources"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Sources: no article found"))
  }

  @Test func invalidGoldIsAnInputErrorNamingTheFile() throws {
    let folder = try TemporaryFolder.make("triglot-eval")
    defer { try? FileManager.default.removeItem(at: folder) }
    try "Перший абзац.\n".write(
      to: folder.appendingPathComponent("uk.txt"), atomically: true, encoding: .utf8)
    try "First paragraph.\n".write(
      to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
    try "{\"version\": 1}".write(
      to: folder.appendingPathComponent("gold.json"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["eval", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("gold.json: not a valid gold alignment"))
  }

  @Test func noFolderIsAUsageError() throws {
    let result = try CLIRunner.run(["eval"])
    #expect(result.status == 64)
  }
}
