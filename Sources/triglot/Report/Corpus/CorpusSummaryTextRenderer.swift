import Foundation
import TextTable
import TriglotAudit

/// The summary of a corpus audit for people: the counts, the distribution of coverage, the
/// findings by rule, the worst articles and the articles that could not be audited, as tables
/// (TextTable) fitted to the width.
struct CorpusSummaryTextRenderer {
  /// Renders the tallies.
  var renderer: TextReportRenderer
  /// The width to fit.
  var width: Int

  /// The summary's lines, ending with a blank line.
  func lines(_ summary: CorpusSummary) -> [String] {
    let wrapper = TextWrapper(width: width)
    var head =
      "Summary: \(Self.count(summary.articles, "article")) audited, "
      + "\(summary.articlesWithFindings) with findings; "
      + "\(Self.count(summary.paragraphs, "paragraph")) in \(Self.count(summary.groups, "group"))"
    if summary.failed > 0 { head += "; \(summary.failed) not audited" }
    var lines = wrapper.lines(TextWrapper.words(head), indent: 2)
    if summary.articles > 0 {
      lines += wrapper.lines(TextWrapper.words(coverageLine(summary)), indent: 2)
    }
    if let rules = ruleTable(summary) { lines += [""] + rules }
    if let worst = worstTable(summary) { lines += [""] + worst }
    if summary.failed > 0 { lines += [""] + failureLines(summary) }
    return lines + [""]
  }

  /// `Lowest coverage per article: 100% 4 · 95–100% 3 · …`, every band named.
  private func coverageLine(_ summary: CorpusSummary) -> String {
    let names = CorpusSummary.coverageBands.indices.map(CorpusSummary.bandName)
    return "Lowest coverage per article: "
      + zip(names, summary.coverageCounts).map { "\($0) \($1)" }.joined(separator: " · ")
  }

  private struct RuleRow {
    var rule: String
    var errors: Int
    var warnings: Int
    var info: Int
    var articles: Int
  }

  /// Findings by rule, most first, with their severities (a rule's findings need not share
  /// one); nil without findings.
  private func ruleTable(_ summary: CorpusSummary) -> [String]? {
    let rows = summary.findingsByRule.sorted {
      $0.value.findings != $1.value.findings
        ? $0.value.findings > $1.value.findings : $0.key.rawValue < $1.key.rawValue
    }.map {
      RuleRow(
        rule: $0.key.rawValue, errors: $0.value.severities[.error] ?? 0,
        warnings: $0.value.severities[.warning] ?? 0, info: $0.value.severities[.info] ?? 0,
        articles: $0.value.articles)
    }
    guard !rows.isEmpty else { return nil }
    let table = TextTable<RuleRow> {
      [
        Column(title: "Findings by rule", value: $0.rule),
        Column(title: "Errors", value: $0.errors, align: .right),
        Column(title: "Warnings", value: $0.warnings, align: .right),
        Column(title: "Info", value: $0.info, align: .right),
        Column(title: "Articles", value: $0.articles, align: .right),
      ]
    }
    return Self.lines(table.string(for: rows, style: SummaryTableStyle.self))
  }

  private struct WorstRow {
    var path: String
    var errors: Int
    var warnings: Int
    var info: Int
    var coverage: String
  }

  /// The worst articles, worst first, paths cut from the front to fit; nil when none has a
  /// finding or a coverage under 100%.
  private func worstTable(_ summary: CorpusSummary) -> [String]? {
    guard !summary.worst.isEmpty else { return nil }
    let rows = summary.worst.map {
      WorstRow(
        path: $0.path, errors: $0.severities[.error] ?? 0,
        warnings: $0.severities[.warning] ?? 0, info: $0.severities[.info] ?? 0,
        coverage: Percent.text($0.coverage))
    }
    // Errors, Warnings, Info, Coverage and the spaces between the columns take 40 columns.
    let longest = max(rows.map(\.path.count).max() ?? 0, "Worst articles".count)
    let pathWidth = max(min(longest, width - 40), 14)
    let table = TextTable<WorstRow> {
      [
        Column(
          title: "Worst articles",
          value: $0.path.count > pathWidth ? "…" + $0.path.suffix(pathWidth - 1) : $0.path,
          width: pathWidth),
        Column(title: "Errors", value: $0.errors, align: .right),
        Column(title: "Warnings", value: $0.warnings, align: .right),
        Column(title: "Info", value: $0.info, align: .right),
        Column(title: "Coverage", value: $0.coverage, align: .right),
      ]
    }
    return Self.lines(table.string(for: rows, style: SummaryTableStyle.self))
  }

  /// `Not audited (2):` and each article with its reason, the first ones the summary kept.
  private func failureLines(_ summary: CorpusSummary) -> [String] {
    var lines = ["Not audited (\(summary.failed)):"]
    let indented = TextWrapper(width: width - 2)
    for failure in summary.failures {
      lines += indented.lines(TextWrapper.words(failure.line), indent: 4).map { "  " + $0 }
    }
    let unlisted = summary.failed - summary.failures.count
    if unlisted > 0 { lines.append("  and \(unlisted) more (see standard error)") }
    return lines
  }

  private static func lines(_ table: String?) -> [String] {
    (table ?? "").split(separator: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }

  /// `1 article`, `1,024 paragraphs`.
  private static func count(_ number: Int, _ noun: String) -> String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.locale = Locale(identifier: "en_US")
    let text = formatter.string(from: NSNumber(value: number)) ?? String(number)
    return "\(text) \(noun)\(number == 1 ? "" : "s")"
  }

}
