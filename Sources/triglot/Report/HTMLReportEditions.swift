import Plot
import TriglotAlign
import TriglotAudit
import TriglotText

/// The editions of the HTML report, group by group: a column per edition on a wide screen, and
/// on a narrow one (a phone) each group a block with its editions one under the other, each
/// labelled with its language (``HTMLReportStyle`` holds the breakpoints).
///
/// A group is a grid row (`id="g14"` for Group 14) holding, in this order, its heading, the
/// notes of its findings and one cell per edition: the order in which a narrow screen and a
/// screen reader take them, while a wide screen places the notes in the last column. Runs of
/// boilerplate are folded into one `<details>` row (``HTMLReportRow``).
struct HTMLReportEditions {
  /// The audit shown.
  var report: ArticleAudit

  /// Each finding's 0-based position in the report's findings, which its note's id numbers.
  private var positions: [Finding: Int]

  /// The editions of `report`.
  init(_ report: ArticleAudit) {
    self.report = report
    positions = Dictionary(
      report.findings.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The severity of the coloured edge on the `language` cell of the 0-based group `group`:
  /// the worst finding that blames the edition for what its paragraph there says, or `nil`. An
  /// edition without a paragraph in the group has a gap instead of a cell to mark, even when a
  /// finding blames it (it lacks the paragraph, or its counterpart of a paragraph out of order
  /// sits in another group).
  static func fault(_ language: TriglotText.Language, group: Int, in report: ArticleAudit)
    -> Severity?
  {
    guard !report.context.alignment.groups[group][language].isEmpty else { return nil }
    return report.findings(inGroup: group).filter { $0.edition == language && $0.rule != .missing }
      .map(\.severity).max()
  }

  /// The section.
  var node: Node<HTML.BodyContext> {
    .section(
      .class("editions"),
      .attribute(named: "style", value: "--editions: \(report.editions.count)"),
      .attribute(named: "aria-labelledby", value: "editions-title"),
      .h2(.id("editions-title"), .verbatim("Editions, group by group")),
      columnHeads,
      .forEach(HTMLReportRow.rows(of: report)) { row in
        switch row {
        case .group(let group): groupRow(group)
        case .boilerplate(let groups, let place): foldedRow(groups, place)
        }
      })
  }

  /// The column titles of a wide screen. Hidden from screen readers, which hear each cell's
  /// own language label instead.
  private var columnHeads: Node<HTML.BodyContext> {
    .div(
      .class("row heads"), .ariaHidden(true),
      .span(.class("gi"), .verbatim("#")),
      .forEach(report.editions) { edition in
        .span(
          .verbatim(edition.language.englishName + " "),
          .small(.verbatim(HTMLReportRenderer.fileName(edition.source))))
      },
      .span(.class("notes-head"), .verbatim("Findings")))
  }

  private func groupRow(_ group: Int) -> Node<HTML.BodyContext> {
    let findings = report.findings(inGroup: group)
    let isBoilerplate = report.context.alignment.groups[group].isBoilerplate
    let classes = [
      "row", "group", isBoilerplate ? "boilerplate" : nil,
      findings.map(\.severity).max().map { "has-\($0.rawValue)" },
    ]
    let id = ReportNumbering.groupID(group)
    return .div(
      .id(id),
      .class(classes.compactMap { $0 }.joined(separator: " ")),
      .h3(
        .class("gi"),
        .a(
          .href("#" + id), .span(.class("gl"), .verbatim("Group ")),
          .verbatim("\(ReportNumbering.number(group))"))),
      .if(!findings.isEmpty, .div(.class("notes"), .forEach(findings) { note($0) })),
      .forEach(report.editions) { edition in
        cell(edition.language, group, isBoilerplate: isBoilerplate)
      })
  }

  private func cell(_ language: TriglotText.Language, _ group: Int, isBoilerplate: Bool) -> Node<
    HTML.BodyContext
  > {
    let indices = report.context.alignment.groups[group][language]
    if indices.isEmpty {
      if isBoilerplate { return .div(.class("cell empty")) }
      return .div(
        .class("cell gap"), label(language),
        .span(.class("gap-text"), .verbatim("not in the \(language.englishName) edition")))
    }
    let fault = Self.fault(language, group: group, in: report)
    let highlights = report.highlights(language, group: group)
    return .div(
      .class("cell" + (fault.map { " flagged \($0.rawValue)" } ?? "")),
      .attribute(named: "lang", value: language.rawValue),
      label(language),
      .forEach(indices) { paragraph(language, $0, highlights: highlights) })
  }

  /// The edition's name over its cell on a narrow screen; for screen readers on every screen.
  private func label(_ language: TriglotText.Language) -> Node<HTML.BodyContext> {
    .span(.class("el"), .attribute(named: "lang", value: "en"), .verbatim(language.englishName))
  }

  /// A paragraph with its number and its highlighted values, carrying `id` when given.
  private func paragraph(
    _ language: TriglotText.Language, _ index: Int, highlights: [ValueHighlight], id: String? = nil
  ) -> Node<HTML.BodyContext> {
    let facts = report.context.paragraph(language, index)
    return .p(
      .unwrap(id) { .id($0) },
      .class(facts.isBoilerplate ? "para bp" : "para"),
      .span(.class("pi"), .verbatim(ReportNumbering.paragraph(index))),
      .forEach(HighlightedText.runs(of: facts.text, highlighting: highlights)) { run in
        .unwrap(
          run.highlight,
          { highlight in
            .element(
              named: "mark",
              nodes: [
                .class(highlight.severity.rawValue),
                .attribute(named: "title", value: highlight.rule.rawValue), .verbatim(run.text),
              ])
          }, else: .verbatim(run.text))
      })
  }

  private func note(_ finding: Finding) -> Node<HTML.BodyContext> {
    let position = positions[finding] ?? 0
    return .a(
      .id(ReportNumbering.noteID(position)),
      .class("note \(finding.severity.rawValue)"),
      .href("#" + ReportNumbering.listEntryID(position)),
      .span(.class("rule"), .verbatim(finding.rule.rawValue)),
      .unwrap(finding.edition) { .span(.class("blame"), .verbatim(" · \($0.rawValue)")) },
      .span(.class("note-message"), .verbatim(finding.message)))
  }

  /// A run of boilerplate groups as one folded row: a summary line, and when opened each
  /// edition's paragraphs of the run in its cell. The first paragraph of each group carries the
  /// group's id, so that every group of the alignment can still be linked to.
  private func foldedRow(_ groups: Range<Int>, _ place: HTMLReportRow.Place) -> Node<
    HTML.BodyContext
  > {
    let alignment = report.context.alignment
    let columns = report.editions.map { edition in
      (edition.language, groups.flatMap { alignment.groups[$0][edition.language] })
    }
    var ids: [TriglotText.Language: [Int: String]] = [:]
    for group in groups {
      if let language = columns.map(\.0).first(where: { !alignment.groups[group][$0].isEmpty }) {
        ids[language, default: [:]][alignment.groups[group][language][0]] =
          ReportNumbering.groupID(group)
      }
    }
    let count = columns.map(\.1.count).reduce(0, +)
    let kinds = Set(
      columns.flatMap { language, indices in
        indices.compactMap { alignment.paragraphInfo[language]?[$0].boilerplate }
      })
    let title = ["Boilerplate", place.phrase].compactMap { $0 }.joined(separator: " ")
    let first = ReportNumbering.number(groups.lowerBound)
    let last = ReportNumbering.number(groups.upperBound - 1)
    let body: Node<HTML.BodyContext> = .div(
      .class("row run-body"),
      .forEach(columns) { language, indices in
        indices.isEmpty
          ? .div(.class("cell empty"))
          : .div(
            .class("cell"), .attribute(named: "lang", value: language.rawValue), label(language),
            .forEach(indices) { paragraph(language, $0, highlights: [], id: ids[language]?[$0]) })
      })
    return .details(
      .class("run"),
      .summary(
        .span(
          .class("gi"), .span(.class("gl"), .verbatim(groups.count == 1 ? "Group " : "Groups ")),
          .verbatim(first == last ? "\(first)" : "\(first)–\(last)")),
        .span(
          .class("run-title"),
          .verbatim("\(title): \(count) paragraph\(count == 1 ? "" : "s")"),
          .if(
            !kinds.isEmpty,
            .span(
              .class("run-kinds"),
              .verbatim(
                " ("
                  + BoilerplateKind.allCases.filter(kinds.contains).map(\.reportName)
                  .joined(separator: ", ") + ")"))))),
      .component(body))
  }
}
