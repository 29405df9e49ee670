import Foundation
import TriglotAlign
import TriglotAudit

/// Renders `triglot audit DIR…` for people: one line per article (folder, editions, groups,
/// findings by severity, lowest coverage), under it the article's findings as
/// ``TextReportRenderer`` shows them when it has any, then the totals.
struct ArchiveTextReportRenderer {
  /// Renders the findings and the colours.
  var renderer: TextReportRenderer

  init(colored: Bool, width: Int) {
    // Findings sit four columns in under their article's line.
    renderer = TextReportRenderer(colored: colored, width: width - 4)
    self.width = width
  }

  /// The width lines are wrapped to.
  var width: Int

  /// The report as text, ending with a newline.
  func render(_ archive: AuditArchive) -> String {
    let pathWidth = archive.articles.map(\.path.count).max() ?? 0
    var lines: [String] = []
    for article in archive.articles {
      lines += self.lines(article, pathWidth: pathWidth)
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

  /// The article's line: its folder padded to `pathWidth`, editions, groups, tally and lowest
  /// coverage; when that is wider than ``width``, the folder on a line and the rest wrapped
  /// under it.
  private func lines(_ article: AuditArchive.Article, pathWidth: Int) -> [String] {
    let report = article.report
    let counts = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
    let groups = report.context.alignment.groups.count
    let languages = report.editions.map(\.language.rawValue).joined(separator: " ")
    let groupText = "\(groups) group\(groups == 1 ? "" : "s")"
    let coverage = "lowest coverage \(Percent.text(report.coverage.minimum))"
    let plainWidth =
      pathWidth + 2 + max(8, languages.count) + 2 + max(10, groupText.count) + 2
      + renderer.plainTally(counts).count + 2 + coverage.count
    if plainWidth <= width {
      return [
        renderer.bold(renderer.pad(article.path, pathWidth)) + "  " + renderer.pad(languages, 8)
          + "  " + renderer.pad(groupText, 10) + "  " + renderer.tally(counts) + "  " + coverage
      ]
    }
    var tally = renderer.tallyWords(counts)
    tally[tally.count - 1].plain += ";"
    tally[tally.count - 1].printed += ";"
    let wrapper = TextWrapper(width: width)
    return wrapper.lines(
      TextWrapper.words(article.path).map {
        TextWrapper.Word(plain: $0.plain, printed: renderer.bold($0.printed))
      }, indent: 4)
      + wrapper.lines(
        TextWrapper.words("\(languages); \(groupText);") + tally
          + TextWrapper.words(coverage), lead: .init("   "), indent: 4)
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
    let accepted = archive.articles.compactMap(\.report.acceptedCount)
    if !accepted.isEmpty { text += renderer.acceptedNote(accepted.reduce(0, +)) }
    if archive.unreadable > 0 {
      text += "; \(archive.unreadable) not audited (see standard error)"
    }
    return TextWrapper(width: width).lines(TextWrapper.words(text), indent: 2)
      .joined(separator: "\n")
  }

}
