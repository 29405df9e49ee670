import Rainbow
import TriglotAlign
import TriglotAudit
import TriglotText

/// Renders an audit report for people in a terminal: a summary line per edition, then the
/// findings grouped by alignment group with the differing values highlighted.
struct TextReportRenderer {
  /// Whether to use ANSI colours (a TTY without NO_COLOR, or `--color`).
  var colored: Bool

  /// The report as text, ending with a newline.
  func render(_ report: ArticleAudit) -> String {
    var lines = summary(report)
    if report.findings.isEmpty {
      lines += ["", paint("No findings.", .green)]
    }
    lines += findingLines(report)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The findings grouped by alignment group: for each group with findings, a blank line, the
  /// group's heading, then its findings with their marked snippets. No lines when there are no
  /// findings. `triglot audit DIR…` shows these under each article's line.
  func findingLines(_ report: ArticleAudit) -> [String] {
    var lines: [String] = []
    for group in Set(report.findings.map(\.group)).sorted() {
      lines.append("")
      lines.append(groupHeading(group, report))
      for finding in report.findings(inGroup: group) {
        lines += describe(finding, report)
      }
    }
    return lines
  }

  private func summary(_ report: ArticleAudit) -> [String] {
    let counts = Dictionary(grouping: report.findings, by: \.severity).mapValues(\.count)
    let coverageSource = report.coverage.source.englishName
    var lines = [
      bold("triglot audit") + ": \(report.editions.count) editions, "
        + "\(report.context.alignment.groups.count) groups; "
        + Severity.allCases.reversed().map { count(counts[$0] ?? 0, $0) }.joined(separator: ", ")
        + "; coverage of the \(coverageSource) edition"
    ]
    // Each column is as wide as its longest cell, so that no two columns run together.
    let rows = report.editions.map { edition in
      let language = edition.language
      let facts = report.context.facts[language] ?? []
      let article = facts.filter { !$0.isBoilerplate }.count
      let coverage: String
      if let share = report.coverage.editions[language] {
        coverage =
          "covers \(Percent.text(share.paragraphs)) of paragraphs, "
          + "\(Percent.text(share.characters)) of characters"
      } else {
        coverage = "source of coverage"
      }
      return (
        language: language, source: edition.source,
        paragraphs: "\(facts.count) paragraph\(facts.count == 1 ? "" : "s") (\(article) article)",
        coverage: coverage, tally: tally(report.severityCounts(language))
      )
    }
    let sourceWidth = rows.map(\.source.count).max() ?? 0
    let paragraphsWidth = rows.map(\.paragraphs.count).max() ?? 0
    let coverageWidth = rows.map(\.coverage.count).max() ?? 0
    for row in rows {
      lines.append(
        "  " + bold(row.language.rawValue) + "  " + pad(row.source, sourceWidth) + "  "
          + pad(row.paragraphs, paragraphsWidth) + "  " + pad(row.coverage, coverageWidth) + "  "
          + row.tally)
    }
    return lines
  }

  private func groupHeading(_ group: Int, _ report: ArticleAudit) -> String {
    let places = report.context.languages.map { language -> String in
      let indices = report.context.alignment.groups[group][language]
      // Paragraphs read from a web page or Markdown file also name their line there.
      let edition = report.context.alignment.editions.first { $0.language == language }
      let lines = indices.compactMap { edition?.origin(of: $0)?.position.line }
      return "\(language.rawValue) "
        + (indices.isEmpty ? "—" : indices.map { "¶\($0)" }.joined(separator: ","))
        + (lines.isEmpty
          ? ""
          : " (line\(lines.count == 1 ? "" : "s") "
            + lines.map(String.init).joined(separator: ", ") + ")")
    }
    return bold("Group \(group)") + "  " + places.joined(separator: " · ")
  }

  private func describe(_ finding: Finding, _ report: ArticleAudit) -> [String] {
    let label = pad(finding.severity.rawValue, 7)
    var lines = [
      "  " + paint(label, color(finding.severity)) + " " + pad(finding.rule.rawValue, 16) + " "
        + finding.message
    ]
    for language in report.context.languages {
      let values = finding.values[language] ?? []
      guard !values.isEmpty, let snippet = snippet(language, finding, values, report) else {
        continue
      }
      lines.append("          " + dim(language.rawValue) + "  " + snippet)
    }
    return lines
  }

  /// A window of the group's text around the first highlighted value, values highlighted.
  private func snippet(
    _ language: Language, _ finding: Finding, _ values: [String], _ report: ArticleAudit
  ) -> String? {
    let text = report.context.articleFacts(language, inGroup: finding.group).map(\.text)
      .joined(separator: " ")
    let highlights = values.map {
      ValueHighlight(text: $0, severity: finding.severity, rule: finding.rule)
    }
    let runs = HighlightedText.runs(of: text, highlighting: highlights)
    guard let first = runs.firstIndex(where: { $0.highlight != nil }) else { return nil }
    let before = runs[..<first].map(\.text).joined()
    var line = before.count > 40 ? "…" + String(before.suffix(40)) : before
    var remaining = 100
    for run in runs[first...] where remaining > 0 {
      if run.highlight != nil {
        line += colored ? run.text.applyingColor(color(finding.severity)).bold : "[\(run.text)]"
        remaining -= run.text.count
      } else {
        line += run.text.count > remaining ? String(run.text.prefix(remaining)) + "…" : run.text
        remaining -= run.text.count
      }
    }
    return line.replacingOccurrences(of: "\n", with: " ")
  }

  /// "1 error, 0 warnings, 2 info", most severe first, each count above 0 in its colour.
  func tally(_ counts: [Severity: Int]) -> String {
    Severity.allCases.reversed().map { severity in
      let number = counts[severity] ?? 0
      let text = count(number, severity)
      return number > 0 ? paint(text, color(severity)) : text
    }.joined(separator: ", ")
  }

  /// "1 error", "2 warnings", "3 info".
  func count(_ number: Int, _ severity: Severity) -> String {
    "\(number) \(severity.rawValue)\(number == 1 || severity == .info ? "" : "s")"
  }

  func color(_ severity: Severity) -> NamedColor {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .info: .cyan
    }
  }

  func paint(_ text: String, _ color: NamedColor) -> String {
    colored ? text.applyingColor(color) : text
  }

  func bold(_ text: String) -> String { colored ? text.bold : text }

  private func dim(_ text: String) -> String { colored ? text.dim : text }

  func pad(_ text: String, _ width: Int) -> String { text.padded(to: width) }

}
