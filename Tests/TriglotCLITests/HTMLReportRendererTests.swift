import Foundation
import Testing
import TriglotTestSupport

/// The HTML report's structure: one row per group, every finding anchored to its row and linked
/// from the list, self-contained (no script, no external resource).
@Suite("triglot audit --format html")
struct HTMLReportRendererTests {
  static func run(_ slug: String) throws -> (html: String, groups: Int, findings: [[String: Any]]) {
    let arguments = AuditCommandTests.article(slug)
    let html = try CLIRunner.cachedRun(["audit", "--format", "html"] + arguments).stdout
    let json = try CLIRunner.cachedRun(["audit", "--format", "json"] + arguments).stdout
    let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return (
      html, (document?["groups"] as? [Any])?.count ?? -1,
      document?["findings"] as? [[String: Any]] ?? []
    )
  }

  static func matches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
      (0..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
    }
  }

  static let slugs = ["02-kharkiv-strike", "06-energy-grid", "09-parliament-session"]

  @Test(arguments: slugs)
  func oneRowPerGroupAndEveryFindingAnchored(_ slug: String) throws {
    let (html, groups, findings) = try Self.run(slug)
    let rows = Self.matches(#"<tr id="g(\d+)""#, in: html).map { Int($0[1])! }
    #expect(rows == Array(0..<groups))
    #expect(!findings.isEmpty)
    // Split the table into rows and find each finding's note in the row of its group.
    let rowTexts = html.components(separatedBy: "<tr id=\"g").dropFirst()
    for (number, finding) in findings.enumerated() {
      let group = try #require(finding["group"] as? Int)
      let row = rowTexts[rowTexts.startIndex + group]
      #expect(row.contains("id=\"f\(number)\""), "finding \(number) sits in row g\(group)")
      #expect(html.contains("<a href=\"#g\(group)\">group \(group)</a>"))
    }
  }

  @Test func selfContainedWithLegendAndGaps() throws {
    let (html, _, _) = try Self.run("02-kharkiv-strike")
    #expect(html.contains("<style>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("class=\"legend\""))
    #expect(html.contains("class=\"gap\""), "the omitted paragraph shows as a gap")
    #expect(html.contains("<mark class=\"error\" title=\"number-mismatch\">265</mark>"))
    #expect(html.contains("group boilerplate"), "boilerplate rows are marked")
  }

  @Test func textIsEscaped() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let uk = folder.appendingPathComponent("uk.txt")
    let en = folder.appendingPathComponent("en.txt")
    try "Рада ухвалила <b>бюджет</b> & закон.\n".write(to: uk, atomically: true, encoding: .utf8)
    try "The Rada passed the <b>budget</b> & a law.\n".write(
      to: en, atomically: true, encoding: .utf8)
    let html = try CLIRunner.run(["audit", "--format", "html", "--uk", uk.path, "--en", en.path])
      .stdout
    #expect(html.contains("&lt;b&gt;budget&lt;/b&gt; &amp; a law"))
    #expect(!html.contains("<b>budget</b>"))
  }
}
