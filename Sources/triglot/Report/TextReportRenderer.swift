import Rainbow
import TriglotAlign
import TriglotAudit
import TriglotText

/// Renders an audit report for people in a terminal: a summary line per edition, then the
/// findings grouped by alignment group with the differing values highlighted, every line fitted
/// to the terminal's width.
struct TextReportRenderer {
  /// Whether to use ANSI colours (a TTY without NO_COLOR, or `--color`).
  var colored: Bool
  /// The width lines are wrapped to (`COLUMNS`, or the terminal's).
  var width: Int

  private var wrapper: TextWrapper { TextWrapper(width: width) }

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
    let groups = report.context.alignment.groups.count
    var lines = wrapper.lines(
      TextWrapper.words(
        "\(report.editions.count) editions, \(groups) group\(groups == 1 ? "" : "s"); "
          + Severity.allCases.reversed().map { count(counts[$0] ?? 0, $0) }
          .joined(separator: ", ") + "; coverage of the \(coverageSource) edition"
          + acceptedNote(report.acceptedCount)),
      lead: .init(plain: "triglot audit:", printed: bold("triglot audit") + ":"), indent: 2)
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
        language: language, source: VisibleControls.escaped(edition.source),
        paragraphs: "\(facts.count) paragraph\(facts.count == 1 ? "" : "s") (\(article) article)",
        coverage: coverage, counts: report.severityCounts(language)
      )
    }
    let sourceWidth = rows.map(\.source.count).max() ?? 0
    let paragraphsWidth = rows.map(\.paragraphs.count).max() ?? 0
    let coverageWidth = rows.map(\.coverage.count).max() ?? 0
    let tallyWidth = rows.map { plainTally($0.counts).count }.max() ?? 0
    // A table when it fits; else each edition's file on a line and its figures wrapped below.
    if 2 + 2 + 2 + sourceWidth + 2 + paragraphsWidth + 2 + coverageWidth + 2 + tallyWidth
      <= width
    {
      for row in rows {
        lines.append(
          "  " + bold(row.language.rawValue) + "  " + pad(row.source, sourceWidth) + "  "
            + pad(row.paragraphs, paragraphsWidth) + "  " + pad(row.coverage, coverageWidth)
            + "  " + tally(row.counts))
      }
      return lines
    }
    for row in rows {
      lines += wrapper.lines(
        TextWrapper.words(row.source),
        lead: .init(
          plain: "  " + row.language.rawValue + " ",
          printed: "  " + bold(row.language.rawValue) + " "),
        indent: 6)
      lines += wrapper.lines(
        TextWrapper.words(row.paragraphs + "; " + row.coverage + ";") + tallyWords(row.counts),
        lead: .init(String(repeating: " ", count: 5)), indent: 6)
    }
    return lines
  }

  /// "Group 14  uk ¶12 · en ¶11 · ru —": groups and paragraphs are numbered from 1 for people,
  /// as `triglot align` numbers its rows and TMX its units; the JSON keeps 0-based indices.
  private func groupHeading(_ group: Int, _ report: ArticleAudit) -> String {
    let places = report.context.languages.map { language -> String in
      let indices = report.context.alignment.groups[group][language]
      // Paragraphs read from a web page or Markdown file also name their line there.
      let edition = report.context.alignment.editions.first { $0.language == language }
      let lines = indices.compactMap { edition?.origin(of: $0)?.position.line }
      return "\(language.rawValue) "
        + (indices.isEmpty ? "—" : indices.map { "¶\($0 + 1)" }.joined(separator: ","))
        + (lines.isEmpty
          ? ""
          : " (line\(lines.count == 1 ? "" : "s") "
            + lines.map(String.init).joined(separator: ", ") + ")")
    }
    let title = "Group \(group + 1) "
    return wrapper.lines(
      TextWrapper.words(places.joined(separator: " · ")),
      lead: .init(plain: title, printed: bold("Group \(group + 1)") + " "), indent: 4
    ).joined(separator: "\n")
  }

  private func describe(_ finding: Finding, _ report: ArticleAudit) -> [String] {
    let label = pad(finding.severity.rawValue, 7)
    let lead = TextWrapper.Word(
      plain: "  " + label + " " + pad(finding.rule.rawValue, 16),
      printed: "  " + paint(label, color(finding.severity)) + " " + pad(finding.rule.rawValue, 16))
    // The message hangs under its first word when there is room for it, else it starts on
    // the next line.
    let hanging = width - lead.plain.count >= 30
    var lines =
      hanging
      ? wrapper.lines(TextWrapper.words(finding.message), lead: lead, indent: 27)
      : [
        "  " + paint(finding.severity.rawValue, color(finding.severity)) + " "
          + finding.rule.rawValue
      ]
        + wrapper.lines(TextWrapper.words(finding.message), lead: .init("   "), indent: 4)
    for language in report.context.languages {
      let values = finding.values[language] ?? []
      guard !values.isEmpty,
        let snippet = snippet(language, finding, values, report, room: max(20, width - 14))
      else {
        continue
      }
      lines.append("          " + dim(language.rawValue) + "  " + snippet)
    }
    return lines
  }

  /// A window of the group's text around the first highlighted value, values highlighted, of at
  /// most `room` characters as shown (a value's brackets counted when there is no colour).
  private func snippet(
    _ language: Language, _ finding: Finding, _ values: [String], _ report: ArticleAudit,
    room: Int
  ) -> String? {
    let text = report.context.articleFacts(language, inGroup: finding.group).map(\.text)
      .joined(separator: " ")
    let highlights = values.map {
      ValueHighlight(text: $0, severity: finding.severity, rule: finding.rule)
    }
    let runs = HighlightedText.runs(of: text, highlighting: highlights)
    guard let first = runs.firstIndex(where: { $0.highlight != nil }) else { return nil }
    // Swift's own scan, not Foundation's replacingOccurrences: a run is a whole paragraph when
    // one holds hundreds of findings, and each finding's snippet went through CFString.
    let flat = runs.map { run in
      (
        text: run.text.utf8.contains(0x0A)
          ? String(run.text.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }) : run.text,
        highlight: run.highlight
      )
    }
    let before = flat[..<first].map(\.text).joined()
    let context = min(40, room / 3)
    var line = before.count > context ? "…" + String(before.suffix(context)) : before
    // One character is kept for the "…" that ends a cut line.
    var remaining = room - line.count - 1
    for run in flat[first...] where remaining > 0 {
      let marks = colored || run.highlight == nil ? 0 : 2
      let cut = run.text.count + marks > remaining
      let text = cut ? String(run.text.prefix(max(0, remaining - marks))) : run.text
      if run.highlight != nil {
        line += colored ? text.applyingColor(color(finding.severity)).bold : "[\(text)]"
      } else {
        line += text
      }
      remaining -= text.count + marks
      if cut {
        line += "…"
        break
      }
    }
    return line
  }

  /// "; 2 accepted findings hidden (--baseline)", or nothing without a baseline.
  func acceptedNote(_ count: Int?) -> String {
    guard let count else { return "" }
    return "; \(count) accepted finding\(count == 1 ? "" : "s") hidden (--baseline)"
  }

  /// "1 error, 0 warnings, 2 info", most severe first, each count above 0 in its colour.
  func tally(_ counts: [Severity: Int]) -> String {
    tallyWords(counts).map(\.printed).joined(separator: " ")
  }

  /// ``tally(_:)`` without colours: what a terminal shows.
  func plainTally(_ counts: [Severity: Int]) -> String {
    tallyWords(counts).map(\.plain).joined(separator: " ")
  }

  /// The words of ``tally(_:)``, each count kept with its noun ("1 error,") so that a wrapped
  /// line never parts them.
  func tallyWords(_ counts: [Severity: Int]) -> [TextWrapper.Word] {
    let severities = Array(Severity.allCases.reversed())
    return severities.enumerated().map { index, severity in
      let number = counts[severity] ?? 0
      let text = count(number, severity)
      let comma = index < severities.count - 1 ? "," : ""
      return TextWrapper.Word(
        plain: text + comma, printed: (number > 0 ? paint(text, color(severity)) : text) + comma)
    }
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
