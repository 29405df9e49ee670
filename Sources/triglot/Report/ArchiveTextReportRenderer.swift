import Foundation
import TriglotAlign
import TriglotAudit

/// Renders `triglot audit DIR…` for people: one line per article (folder, editions, groups,
/// findings by severity, lowest coverage), under it the article's findings as
/// ``TextReportRenderer`` shows them when it has any, then the totals.
struct ArchiveTextReportRenderer {
  /// Renders the findings and the colours.
  var renderer: TextReportRenderer

  init(colored: Bool) { renderer = TextReportRenderer(colored: colored) }

  /// The report as text, ending with a newline.
  func render(_ archive: AuditArchive) -> String {
    let width = archive.articles.map(\.path.count).max() ?? 0
    var lines: [String] = []
    for article in archive.articles {
      lines.append(line(article, width: width))
      let findings = renderer.findingLines(article.report)
      if !findings.isEmpty {
        lines += findings.map { $0.isEmpty ? $0 : "    " + $0 }
        lines.append("")
      }
    }
    if lines.last?.isEmpty == false { lines.append("") }
    lines.append(totals(archive))
    return lines.joined(separator: "\n") + "\n"
  }

  private func line(_ article: AuditArchive.Article, width: Int) -> String {
    let report = article.report
    let counts = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
    let groups = report.context.alignment.groups.count
    return renderer.bold(renderer.pad(article.path, width)) + "  "
      + renderer.pad(report.editions.map(\.language.rawValue).joined(separator: " "), 8) + "  "
      + renderer.pad("\(groups) group\(groups == 1 ? "" : "s")", 10) + "  "
      + renderer.tally(counts) + "  "
      + "lowest coverage \(Percent.text(report.coverage.minimum))"
  }

  private func totals(_ archive: AuditArchive) -> String {
    let count = archive.articles.count
    let withFindings = archive.articles.filter { !$0.report.findings.isEmpty }.count
    var text =
      "\(count) article\(count == 1 ? "" : "s"), \(withFindings) with findings: "
      + renderer.tally(archive.severityCounts)
    if let lowest = archive.lowestCoverage {
      text += "; lowest coverage \(Percent.text(lowest.share))"
      if lowest.share < 1 { text += " (\(lowest.article.path))" }
    }
    if archive.unreadable > 0 {
      text += "; \(archive.unreadable) not audited (see standard error)"
    }
    return text
  }

}
