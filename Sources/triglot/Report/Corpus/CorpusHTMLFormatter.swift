import Foundation
import Plot
import TriglotAudit

/// `triglot audit DIR… --format html -o DIR`: one report page per article (``HTMLReportRenderer``,
/// written by the worker thread that audited it into `articles/` of the folder being made) and
/// the index's row for it (``CorpusHTMLIndex`` puts the rows into `index.html`).
struct CorpusHTMLFormatter: CorpusFormatter {
  /// The folder being made (the temporary one until the run is whole).
  var staging: String
  /// The folders given on the command line, left off the front of the pages' file names.
  var roots: [String]

  func opening() -> String { "" }

  /// Writes the article's page and returns its index row.
  func piece(name: ArticleName, report: ArticleAudit, fails: Bool) throws -> String {
    let file = "articles/" + Self.fileName(for: name.text, roots: roots)
    let page = (staging as NSString).appendingPathComponent(file)
    guard
      FileManager.default.createFile(
        atPath: page, contents: Data(HTMLReportRenderer().render(report).utf8))
    else {
      throw CLIError("\(page): cannot write the article's report (permission denied or disk full)")
    }
    let counts = report.findings.reduce(into: [Severity: Int]()) {
      $0[$1.severity, default: 0] += 1
    }
    let row = Node<HTML.TableContext>.tr(
      .class(fails ? "fails" : "passes"),
      .td(
        .escapedAttribute(named: "data-sort", value: name.text),
        .a(.href(file), .verbatim(name.text))),
      .td(.verbatim(report.editions.map(\.language.rawValue).joined(separator: " "))),
      Self.number(report.editions.reduce(0) { $0 + $1.paragraphs.count }),
      Self.number(report.context.alignment.groups.count),
      .td(
        .class("number"),
        .attribute(named: "data-sort", value: String(format: "%.4f", report.coverage.minimum)),
        .verbatim(Percent.text(report.coverage.minimum))),
      Self.number(counts[.error] ?? 0, severity: "error"),
      Self.number(counts[.warning] ?? 0, severity: "warning"),
      Self.number(counts[.info] ?? 0, severity: "info"),
      .td(.verbatim(fails ? "fails" : "passes"))
    )
    return row.render() + "\n"
  }

  /// The row of an article that could not be audited: its name, the reason, no link.
  func failurePiece(name: ArticleName, reason: String) -> String {
    Node<HTML.TableContext>.tr(
      .class("failed"),
      .td(.escapedAttribute(named: "data-sort", value: name.text), .verbatim(name.text)),
      .td(.attribute(named: "colspan", value: "7"), .verbatim("not audited: " + reason)),
      .td(.verbatim("not audited"))
    ).render() + "\n"
  }

  var separator: String { "" }

  func closing(
    summary: CorpusSummary, failures: [CorpusSummary.Failure], lastPiece: String?
  ) -> String { "" }

  /// The page's file name for the article at `path`: the path under the root folder it was
  /// found in, `/` written `--`; any character but letters, digits, `.`, `-` and `_` replaced,
  /// with a short hash of the path then added, so two articles never share a page.
  static func fileName(for path: String, roots: [String]) -> String {
    var relative = path
    if let root = roots.map({ $0.hasSuffix("/") ? $0 : $0 + "/" }).first(where: path.hasPrefix) {
      relative = String(path.dropFirst(root.count))
    }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_/")
    var name = String(relative.map { allowed.contains($0) ? $0 : "_" })
    let replaced = name != relative
    name = name.replacingOccurrences(of: "/", with: "--")
    while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
    if replaced || name.isEmpty {
      // FNV-1a, so the name is the same in every run.
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      name += "-" + String(hash % 0xFFFF_FFFF, radix: 16)
    }
    return String(name.suffix(160)) + ".html"
  }

  private static func number(_ value: Int, severity: String? = nil) -> Node<HTML.TableRowContext> {
    .td(
      .class(severity.map { value > 0 ? "number \($0)" : "number" } ?? "number"),
      .verbatim(String(value)))
  }
}
