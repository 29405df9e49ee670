import Foundation
import Testing
import TriglotTestSupport

/// The HTML report's structure: every group anchored and numbered from 1, every finding's note in
/// its group's row and linked from the list, boilerplate runs folded, the legend built from the
/// article, self-contained (no script, no external resource). ``HTMLReportLayoutTests`` checks
/// how a browser lays it out.
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

  /// The HTML report alone, for tests that need no JSON to compare with.
  static func html(_ slug: String) throws -> String {
    try CLIRunner.run(["audit", "--format", "html"] + AuditCommandTests.article(slug)).stdout
  }

  static func matches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
      (0..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
    }
  }

  static let slugs = ["02-kharkiv-strike", "06-energy-grid", "09-parliament-session"]

  @Test(arguments: slugs)
  func everyGroupAnchoredAndEveryFindingInItsGroup(_ slug: String) throws {
    let (html, groups, findings) = try Self.run(slug)
    // Every group has an element with its id, numbered from 1 as the page shows it: a row, or
    // the first paragraph of the group inside a folded run of boilerplate.
    let ids = Self.matches(#" id="g(\d+)""#, in: html).map { Int($0[1])! }
    #expect(ids == Array(1...groups))
    #expect(!findings.isEmpty)
    // Split the page at each group's id and find each finding's note in its group's part.
    let parts = html.components(separatedBy: " id=\"g").dropFirst()
    for (index, finding) in findings.enumerated() {
      let group = try #require(finding["group"] as? Int)
      let part = parts[parts.startIndex + group]
      #expect(part.contains("id=\"f\(index + 1)\""), "finding \(index + 1) sits in g\(group + 1)")
      #expect(part.contains("href=\"#list-f\(index + 1)\""))
      #expect(
        html.contains("<li class=\"finding \(finding["severity"]!)\" id=\"list-f\(index + 1)\">"))
      #expect(html.contains("<a href=\"#g\(group + 1)\">group \(group + 1)</a>"))
    }
  }

  /// The JSON says group 13 and paragraph 10 (0-based); people read Group 14 and ¶11, as in
  /// `triglot align`.
  @Test func numbersForPeopleCountFromOne() throws {
    let (html, _, findings) = try Self.run("02-kharkiv-strike")
    #expect(findings.first?["group"] as? Int == 13)
    #expect(html.contains("<a href=\"#g14\">group 14</a>"))
    let row = try #require(html.components(separatedBy: "<div id=\"g14\"").dropFirst().first)
    #expect(row.contains("<span class=\"gl\">Group </span>14"))
    #expect(row.contains("<span class=\"pi\">¶11</span>По предварительным данным"))
    #expect(row.contains("<a id=\"f1\" class=\"note error\" href=\"#list-f1\">"))
    #expect(!html.contains("¶0"))
    #expect(!html.contains("id=\"g0\""))
  }

  @Test func boilerplateRunsAreFolded() throws {
    let html = try Self.html("02-kharkiv-strike")
    let runs = html.components(separatedBy: "<details class=\"run\">").dropFirst()
    #expect(runs.count == 2)
    let before = try #require(runs.first)
    #expect(before.contains("Boilerplate before the article: 3 paragraphs"))
    #expect(before.contains("(navigation)"))
    #expect(before.contains("<span class=\"gl\">Groups </span>1–3"))
    for group in 1...3 {
      #expect(before.contains("<p id=\"g\(group)\" class=\"para bp\">"))
    }
    #expect(runs.last?.contains("Boilerplate after the article: 2 paragraphs") == true)
    // A lone caption between article paragraphs stays a row of its own.
    #expect(html.contains("<div id=\"g5\" class=\"row group boilerplate\">"))
  }

  static func legend(_ html: String) throws -> String {
    let start = try #require(html.range(of: "<section class=\"legend\""))
    let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
    return String(html[start.lowerBound..<end.upperBound])
  }

  /// The legend shows the article's own values and leaves out what the article lacks.
  @Test func legendIsBuiltFromTheArticle() throws {
    let strike = try Self.legend(try Self.html("02-kharkiv-strike"))
    #expect(strike.contains("<mark class=\"error\" lang=\"ru\">265</mark>"))
    #expect(strike.contains("<a href=\"#g14\">group 14</a>"))
    #expect(strike.contains("paragraph missing from an edition (English in"))
    #expect(strike.contains("<a href=\"#g16\">group 16</a>"))
    #expect(strike.contains("boilerplate: navigation, captions, promotions"))
    #expect(!strike.contains("warning"), "article 02 has no warning")
    #expect(!strike.contains("Iusov"))

    let clean = try Self.legend(try Self.html("01-budget-vote"))
    #expect(!clean.contains("<mark"), "a clean article has no value to show")
    #expect(!clean.contains("missing"))
    #expect(clean.contains("boilerplate:"))
  }

  /// With English paragraphs 7 and 11 swapped, the paragraph about 256 apartments is out of
  /// order: its number-mismatch blames Russian in the group where only the English paragraph
  /// sits. Russian shows a gap there, not a marked cell, and the legend's "edition at fault"
  /// is the English cell that `moved` marks.
  @Test func onlyACellWithTextIsMarkedAtFault() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = "Corpora/articles/02-kharkiv-strike"
    var english = try String(contentsOf: PackageRoot.url("\(article)/en.txt"), encoding: .utf8)
      .components(separatedBy: "\n\n")
    english.swapAt(6, 10)
    let en = folder.appendingPathComponent("en.txt")
    try english.joined(separator: "\n\n").write(to: en, atomically: true, encoding: .utf8)
    let html = try CLIRunner.run(
      ["audit", "--format", "html", "--uk", "\(article)/uk.txt", "--en", en.path]
        + ["--ru", "\(article)/ru.txt"]
    ).stdout
    let row = try #require(html.components(separatedBy: "<div id=\"g10\"").dropFirst().first)
      .components(separatedBy: "<div id=\"g11\"")[0]
    #expect(row.contains("number-mismatch") && row.contains("moved"))
    #expect(row.contains("<div class=\"cell flagged info\" lang=\"en\">"))
    #expect(row.contains("not in the Russian edition"))
    #expect(!row.contains("lang=\"ru\">"), "no Russian cell to mark")
    let legend = try Self.legend(html)
    #expect(legend.contains("edition at fault (English in"))
    #expect(legend.contains("<a href=\"#g10\">group 10</a>)"))
  }

  @Test func selfContainedAndAccessible() throws {
    let html = try Self.html("02-kharkiv-strike")
    #expect(html.contains("<style>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("@media (max-width: 719px)"), "a narrow screen stacks the editions")
    #expect(html.contains("class=\"cell gap\""), "the omitted paragraph shows as a gap")
    #expect(html.contains("<mark class=\"error\" title=\"number-mismatch\">265</mark>"))
    // Each edition's cells carry its language, and a label naming it for screen readers.
    for (code, name) in [("uk", "Ukrainian"), ("en", "English"), ("ru", "Russian")] {
      let labelled =
        #"<div class="cell[^"]*" lang=""# + code + #"">\s*<span class="el" lang="en">"#
        + name + "</span>"
      #expect(Self.matches(labelled, in: html).count >= 10, "\(name) cells are labelled")
    }
    #expect(html.contains("<h2 id=\"editions-title\">"))
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
