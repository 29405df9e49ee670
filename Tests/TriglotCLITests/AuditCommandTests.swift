import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot audit")
struct AuditCommandTests {
  static func article(_ slug: String) -> [String] {
    ["uk", "en", "ru"].flatMap {
      ["--\($0)", CLIRunner.path("Corpora/articles/\(slug)/\($0).txt")]
    }
  }

  static let strike = article("02-kharkiv-strike")
  static let clean = article("01-budget-vote")


  @Test func textReportSummarizesEditionsAndFindings() throws {
    let result = try CLIRunner.run(["audit"] + Self.strike)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("triglot audit: 3 editions") == true)
    #expect(
      lines.filter { $0.hasPrefix("  uk ") || $0.hasPrefix("  en ") || $0.hasPrefix("  ru ") }.count
        == 3)
    #expect(
      result.stdout.contains(
        "number-mismatch  Russian edition says 265 where Ukrainian and English say 256"))
    #expect(result.stdout.contains("[265]"), "the differing value is marked without colour")
    #expect(!result.stdout.contains("\u{1B}["), "no colour through a pipe")
    #expect(result.stderr.isEmpty)
  }

  @Test func colourIsForcedWithColor() throws {
    let result = try CLIRunner.run(["audit", "--color"] + Self.strike)
    #expect(result.stdout.contains("\u{1B}["))
  }

  @Test func jsonAddsFindingsAndCoverageToTheAlignDocument() throws {
    let result = try CLIRunner.run(["audit", "--format", "json"] + Self.strike)
    #expect(result.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 1)
    #expect((document["editions"] as? [Any])?.count == 3)
    #expect((document["groups"] as? [Any])?.isEmpty == false)
    let findings = try #require(document["findings"] as? [[String: Any]])
    let number = try #require(findings.first { $0["rule"] as? String == "number-mismatch" })
    #expect(number["severity"] as? String == "error")
    #expect(number["edition"] as? String == "ru")
    #expect((number["values"] as? [String: [String]])?["ru"] == ["265"])
    #expect((number["paragraphs"] as? [String: [Int]])?["uk"] == [11])
    let coverage = try #require(document["coverage"] as? [String: Any])
    #expect(["uk", "en", "ru"].contains(coverage["source"] as? String ?? ""))
  }

  @Test func positionalFilesWork() throws {
    let files = ["ru", "uk", "en"].map {
      CLIRunner.path("Corpora/articles/02-kharkiv-strike/\($0).txt")
    }
    let result = try CLIRunner.run(["audit", "--format", "json"] + files)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"number-mismatch\""))
  }

  static let exitCases: [([String], Int32)] = [
    (["--fail-on", "never"], 0),
    (["--fail-on", "error"], 1),
    (["--disable", "missing", "--disable", "number-mismatch"], 0),
    (["--disable", "missing", "--disable", "number-mismatch", "--fail-on", "info"], 0),
    (["--fail-on", "never", "--source", "uk", "--fail-under", "99"], 1),
    (["--fail-on", "never", "--fail-under", "50"], 0),
    (["--min-severity", "error", "--fail-on", "never"], 0),
  ]

  @Test(arguments: exitCases)
  func exitCodes(_ options: [String], _ status: Int32) throws {
    let result = try CLIRunner.run(["audit"] + options + Self.strike)
    #expect(result.status == status, "\(options): \(result.stderr)")
  }

  @Test func aCleanArticlePasses() throws {
    let result = try CLIRunner.run(["audit"] + Self.clean)
    #expect(result.status == 0)
    #expect(result.stdout.contains("No findings."))
  }

  @Test func disabledRulesAreLeftOut() throws {
    let result = try CLIRunner.run(["audit", "--disable", "number-mismatch"] + Self.strike)
    #expect(!result.stdout.contains("number-mismatch"))
    #expect(result.stdout.contains("missing"))
  }

  @Test func minSeverityFiltersWhatIsShown() throws {
    let result = try CLIRunner.run(
      ["audit", "--min-severity", "error", "--format", "json"]
        + Self.article("05-football-qualifier"))
    #expect(!result.stdout.contains("\"warning\""))
    #expect(result.stdout.contains("\"error\""))
  }

  @Test func unknownRuleIsAUsageErrorListingTheRules() throws {
    let result = try CLIRunner.run(["audit", "--disable", "spelling"] + Self.strike)
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown rule 'spelling'"))
    #expect(result.stderr.contains("missing, number-mismatch, date-mismatch"))
  }

  static let badOptions: [[String]] = [
    ["--fail-under", "120"], ["--format", "pdf"], ["--min-severity", "fatal"],
    ["--fail-on", "sometimes"],
  ]

  @Test(arguments: badOptions)
  func badOptionsAreUsageErrors(_ options: [String]) throws {
    let result = try CLIRunner.run(["audit"] + options + Self.strike)
    #expect(result.status == 64)
  }

  @Test func oneEditionIsAUsageError() throws {
    let result = try CLIRunner.run([
      "audit", "--uk", CLIRunner.path("Corpora/articles/02-kharkiv-strike/uk.txt"),
    ])
    #expect(result.status == 64)
  }

  @Test func aMissingFileIsAnInputError() throws {
    let result = try CLIRunner.run(["audit", "--uk", "/no/such/uk.txt", "--en", "/no/such/en.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("triglot: /no/such/uk.txt: no such file"))
  }

  @Test func aSourceThatWasNotGivenIsAnInputError() throws {
    let paths = Array(Self.strike.prefix(4))
    let result = try CLIRunner.run(["audit", "--source", "ru"] + paths)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--source ru"))
  }

  @Test func outputIsWrittenAtomically() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.html")
    try Data("old report".utf8).write(to: target)
    let result = try CLIRunner.run(["audit", "--format", "html", "-o", target.path] + Self.strike)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: target, encoding: .utf8)
    #expect(written.hasPrefix("<!DOCTYPE html>"))
    #expect(written.hasSuffix("</html>\n"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["report.html"], "no temporary file is left behind")
  }

  @Test func anUnwritableOutputKeepsTheOldFile() throws {
    let result = try CLIRunner.run(
      ["audit", "--format", "json", "-o", "/no/such/folder/report.json"] + Self.strike)
    #expect(result.status == 2)
    #expect(result.stderr.contains("/no/such/folder/report.json"))
    #expect(result.stderr.contains("does not exist"))
  }
}
