import Foundation
import TriglotAlign
import TriglotAudit

/// `triglot audit DIR…` for people: one line per article (folder, editions, groups, findings by
/// severity, lowest coverage), under it the article's findings as ``TextReportRenderer`` shows
/// them when it has any; then the summary (``CorpusSummaryTextRenderer``) and the totals line.
/// With `--corpus` (``listsArticles`` false) only the summary and the totals.
struct CorpusTextFormatter: CorpusFormatter {
  /// Renders the findings and the colours.
  var renderer: TextReportRenderer
  /// The width lines are wrapped to.
  var width: Int
  /// The width article paths are padded to: the longest path of the run.
  var pathWidth: Int
  /// Whether every article gets its line (`DIR…`) or only the summary is printed (`--corpus`).
  var listsArticles: Bool

  init(colored: Bool, width: Int, pathWidth: Int, listsArticles: Bool) {
    // Findings sit four columns in under their article's line.
    renderer = TextReportRenderer(colored: colored, width: width - 4)
    self.width = width
    self.pathWidth = pathWidth
    self.listsArticles = listsArticles
  }

  func opening() -> String { "" }

  /// The article's line, and its findings under it followed by a blank line.
  func piece(name: ArticleName, report: ArticleAudit, fails: Bool) -> String {
    guard listsArticles else { return "" }
    var lines = self.lines(path: name.text, report: report)
    let findings = renderer.findingLines(report)
    if !findings.isEmpty {
      lines += findings.map { $0.isEmpty ? $0 : "    " + $0 }
      lines.append("")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `<path>  not audited: <reason>` (wrapped).
  func failurePiece(name: ArticleName, reason: String) -> String {
    guard listsArticles else { return "" }
    let words =
      TextWrapper.words(name.text).map {
        TextWrapper.Word(plain: $0.plain, printed: renderer.bold($0.printed))
      } + TextWrapper.words("not audited: \(reason)")
    return TextWrapper(width: width).lines(words, indent: 4).joined(separator: "\n") + "\n"
  }

  var separator: String { "" }

  /// A blank line (unless the last article's findings ended with one), the summary, the totals.
  func closing(
    summary: CorpusSummary, failures: [CorpusSummary.Failure], lastPiece: String?
  ) -> String {
    var lines = lastPiece == nil || lastPiece!.hasSuffix("\n\n") ? [] : [""]
    lines += CorpusSummaryTextRenderer(renderer: renderer, width: width).lines(summary)
    lines.append(totals(summary))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The article's line: its folder padded to `pathWidth`, editions, groups, tally and lowest
  /// coverage; when that is wider than ``width``, the folder on a line and the rest wrapped
  /// under it.
  private func lines(path: String, report: ArticleAudit) -> [String] {
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
        renderer.bold(renderer.pad(path, pathWidth)) + "  " + renderer.pad(languages, 8)
          + "  " + renderer.pad(groupText, 10) + "  " + renderer.tally(counts) + "  " + coverage
      ]
    }
    var tally = renderer.tallyWords(counts)
    tally[tally.count - 1].plain += ";"
    tally[tally.count - 1].printed += ";"
    let wrapper = TextWrapper(width: width)
    return wrapper.lines(
      TextWrapper.words(path).map {
        TextWrapper.Word(plain: $0.plain, printed: renderer.bold($0.printed))
      }, indent: 4)
      + wrapper.lines(
        TextWrapper.words("\(languages); \(groupText);") + tally
          + TextWrapper.words(coverage), lead: .init("   "), indent: 4)
  }

  /// The last line: `14 articles, 10 with findings: 26 errors, 11 warnings, 0 info; lowest
  /// coverage 86.6% (…)`, and how many could not be audited.
  private func totals(_ summary: CorpusSummary) -> String {
    let count = summary.articles
    var text =
      "\(count) article\(count == 1 ? "" : "s"), \(summary.articlesWithFindings) with findings: "
      + renderer.tally(summary.severities)
    if let lowest = summary.lowestCoverage {
      text += "; lowest coverage \(Percent.text(lowest.coverage))"
      if lowest.coverage < 1 { text += " (\(lowest.path))" }
    }
    if let accepted = summary.accepted { text += renderer.acceptedNote(accepted) }
    if summary.failed > 0 {
      text += "; \(summary.failed) not audited (see standard error)"
    }
    return TextWrapper(width: width).lines(TextWrapper.words(text), indent: 2)
      .joined(separator: "\n")
  }
}
