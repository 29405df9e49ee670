import Foundation
import Testing
import TriglotTestSupport

/// `triglot audit --write-baseline FILE` and `--baseline FILE`: accepted findings are hidden,
/// counted, and recognized by what they say rather than where they sit.
@Suite("triglot audit --baseline")
struct AuditBaselineTests {
  static let slug = "02-kharkiv-strike"

  /// Copies of the strike article's three editions in `folder`, each changed by `edit`.
  static func editions(in folder: URL, _ edit: (String, String) -> String = { $1 }) throws
    -> [String]
  {
    try ["uk", "en", "ru"].flatMap { language -> [String] in
      let text = try String(
        contentsOfFile: CLIRunner.path("Corpora/articles/\(slug)/\(language).txt"), encoding: .utf8)
      let url = folder.appendingPathComponent("\(language).txt")
      try edit(language, text).write(to: url, atomically: true, encoding: .utf8)
      return ["--\(language)", url.path]
    }
  }

  @Test func acceptedFindingsAreHiddenCountedAndDoNotFail() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("accepted.json").path
    let editions = try Self.editions(in: folder)
    let first = try CLIRunner.run(["audit", "--write-baseline", baseline] + editions)
    #expect(first.status == 1, "the run that records them still reports them")
    #expect(first.stdout.contains("number-mismatch"))
    let recorded = try String(contentsOfFile: baseline, encoding: .utf8)
    #expect(recorded.contains("\"rule\" : \"number-mismatch\""))
    #expect(recorded.contains("\"rule\" : \"missing\""))

    let second = try CLIRunner.run(
      ["audit", "--baseline", baseline] + editions, environment: ["COLUMNS": "200"])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("2 accepted findings hidden (--baseline)"))
    #expect(second.stdout.contains("No findings."))
    let page = try CLIRunner.run(["audit", "--baseline", baseline, "--format", "html"] + editions)
    #expect(page.status == 0)
    #expect(page.stdout.contains("2 accepted findings hidden (recorded in the --baseline file)"))
  }

  /// The accepted findings survive paragraphs removed before them (every index shifts); a
  /// changed value is a new finding.
  @Test func findingsAreMatchedByWhatTheySayNotWhereTheySit() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("accepted.json").path
    _ = try CLIRunner.run(
      ["audit", "--write-baseline", baseline, "--format", "json"] + Self.editions(in: folder))
    // Each edition loses its first article paragraph (the one after the title and caption);
    // the Russian one also gets 266 for its deviating 265.
    let edited = try Self.editions(in: folder) { language, text in
      var paragraphs = text.components(separatedBy: "\n\n")
      let first = paragraphs.firstIndex { $0.contains("17") }!
      paragraphs.remove(at: first)
      let joined = paragraphs.joined(separator: "\n\n")
      return language == "ru" ? joined.replacingOccurrences(of: "265", with: "266") : joined
    }
    let result = try CLIRunner.run(
      ["audit", "--baseline", baseline, "--format", "json"] + edited)
    #expect(result.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["accepted"] as? Int == 1, "the missing paragraph stays accepted")
    let findings = try #require(document["findings"] as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == ["number-mismatch"])
    #expect((findings.first?["values"] as? [String: [String]])?["ru"] == ["266"])
  }

  @Test(arguments: [
    ("garbage", "not valid JSON"),
    (#"{"version": 2, "accepted": []}"#, "version 2 is not supported (only 1)"),
    (#"{"version": 1, "accepted": [{"rule": 7}]}"#, "accepted[0].rule"),
  ])
  func aBadBaselineIsAnInputErrorNamingTheFile(content: String, problem: String) throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("accepted.json")
    try content.write(to: baseline, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(
      ["audit", "--baseline", baseline.path]
        + ["uk", "en"].flatMap { ["--\($0)", "/no/such/\($0).txt"] })
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("triglot: \(baseline.path): not a baseline"), "\(result.stderr)")
    #expect(result.stderr.contains(problem), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  /// With folders, entries name their article: one baseline serves the whole archive, and the
  /// report (wrapped to `COLUMNS`) counts what it hid.
  @Test func anArchiveBaselineNamesEachArticle() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    for slug in ["02-kharkiv-strike", "06-energy-grid"] {
      try FileManager.default.copyItem(
        at: URL(fileURLWithPath: CLIRunner.path("Corpora/articles/\(slug)")),
        to: folder.appendingPathComponent(slug))
    }
    let baseline = folder.appendingPathComponent("accepted.json").path
    let first = try CLIRunner.run(
      ["audit", folder.path, "--write-baseline", baseline], environment: ["COLUMNS": "70"])
    #expect(first.status == 1)
    for line in first.stdout.split(separator: "\n") {
      #expect(line.count <= 70, "wider than COLUMNS=70: \(line)")
    }
    let recorded = try String(contentsOfFile: baseline, encoding: .utf8)
    #expect(recorded.contains("02-kharkiv-strike\""))
    #expect(recorded.contains("06-energy-grid\""))
    let second = try CLIRunner.run(
      ["audit", folder.path, "--baseline", baseline], environment: ["COLUMNS": "200"])
    #expect(second.status == 0, "\(second.stderr)")
    let totals = try #require(second.stdout.split(separator: "\n").last)
    #expect(totals.hasPrefix("2 articles, 0 with findings: 0 errors, 0 warnings, 0 info"))
    #expect(totals.contains("accepted findings hidden (--baseline)"))
  }
}
