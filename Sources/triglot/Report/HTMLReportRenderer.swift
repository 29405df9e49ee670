import Foundation
import Plot
import TriglotAlign
import TriglotAudit
import TriglotText

/// Renders an audit report as one self-contained HTML page: inline CSS, no scripts, no network.
///
/// The page shows the coverage summary, the list of findings (each linking to its group), a
/// legend, and the editions side by side with one table row per alignment group (`id="g7"`):
/// omissions as hatched gaps, boilerplate greyed, differing values highlighted, and each
/// finding's note (`id="f3"`) in the row it concerns. Plot escapes all text by construction.
struct HTMLReportRenderer {
  /// The page's HTML.
  func render(_ report: ArticleAudit) -> String {
    let html = HTML(
      .lang(.english),
      .head(
        .encoding(.utf8),
        .viewport(.accordingToDevice),
        .title(
          "Triglot audit — "
            + report.editions.map { fileName($0.source) }.joined(separator: ", ")),
        .style(HTMLReportStyle.css)
      ),
      .body(
        .header(
          .h1("Edition audit"),
          .p(
            .class("files"),
            .forEach(report.editions) { edition in
              .span(
                .class("file"), .strong(.text(edition.language.rawValue)),
                .text(" " + edition.source))
            })
        ),
        summary(report),
        findingList(report),
        legend(),
        table(report)
      )
    )
    return html.render(indentedBy: .spaces(1)) + "\n"
  }

  // MARK: Summary

  private func summary(_ report: ArticleAudit) -> Node<HTML.BodyContext> {
    .section(
      .class("summary"),
      .forEach(report.editions) { edition in
        card(edition, report)
      })
  }

  private func card(_ edition: Edition, _ report: ArticleAudit) -> Node<HTML.BodyContext> {
    let language = edition.language
    let facts = report.context.facts[language] ?? []
    let article = facts.filter { !$0.isBoilerplate }.count
    let counts = report.severityCounts(language)
    return .div(
      .class("card"),
      .div(
        .class("card-head"),
        .span(.class("lang"), .text(language.rawValue)),
        .span(.class("name"), .text(language.englishName)),
        .span(
          .class("count"),
          .text("\(article) article ¶ · \(facts.count - article) boilerplate"))
      ),
      .unwrap(
        report.coverage.editions[language],
        { share in
          .div(
            .class("bars"),
            bar("paragraphs", share.paragraphs),
            bar("characters", share.characters),
            .p(
              .class("caption"), .text("of the \(report.coverage.source.englishName) article text"))
          )
        },
        else: .div(
          .class("bars source"),
          .p(.class("source-note"), .text("Source edition: coverage is measured against it")))),
      .div(
        .class("pills"),
        .forEach(Severity.allCases.reversed()) { severity in
          let count = counts[severity] ?? 0
          return .span(
            .class("pill \(severity.rawValue)\(count == 0 ? " zero" : "")"),
            .text("\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"))
        })
    )
  }

  private func bar(_ label: String, _ share: Double) -> Node<HTML.BodyContext> {
    let width = Int((share * 100).rounded())
    let level = share >= 0.95 ? "good" : share >= 0.8 ? "fair" : "poor"
    return .div(
      .class("bar-row"),
      .span(.class("bar-label"), .text(label)),
      .span(
        .class("bar"),
        .span(.class("fill \(level)"), .attribute(named: "style", value: "width: \(width)%"))),
      .span(.class("bar-value"), .text(Percent.text(share)))
    )
  }

  // MARK: Findings and legend

  private func findingList(_ report: ArticleAudit) -> Node<HTML.BodyContext> {
    .section(
      .class("findings"),
      .h2(.text("Findings"), .span(.class("total"), .text(" \(report.findings.count)"))),
      .if(report.findings.isEmpty, .p(.class("none"), .text("No findings: the editions agree."))),
      .ol(
        .forEach(Array(report.findings.enumerated())) { number, finding in
          .li(
            .class("finding \(finding.severity.rawValue)"),
            .id("list-f\(number)"),
            .a(.href("#g\(finding.group)"), .text("group \(finding.group)")),
            .span(.class("sev \(finding.severity.rawValue)"), .text(finding.severity.rawValue)),
            .code(.text(finding.rule.rawValue)),
            .span(.class("message"), .text(finding.message))
          )
        })
    )
  }

  private func legend() -> Node<HTML.BodyContext> {
    .section(
      .class("legend"),
      .span(
        .class("key"), .element(named: "mark", nodes: [.class("error"), .text("265")]),
        .text(" error value")),
      .span(
        .class("key"), .element(named: "mark", nodes: [.class("warning"), .text("Iusov")]),
        .text(" warning value")),
      .span(
        .class("key"), .span(.class("swatch gap-swatch")),
        .text(" paragraph missing from an edition")),
      .span(
        .class("key"), .span(.class("swatch boilerplate-swatch")),
        .text(" boilerplate (navigation, captions, promos)")),
      .span(
        .class("key"), .span(.class("swatch flagged-swatch")), .text(" paragraph with a finding"))
    )
  }

  // MARK: Side by side

  private func table(_ report: ArticleAudit) -> Node<HTML.BodyContext> {
    let numbers = Dictionary(
      report.findings.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return .table(
      .class("editions"),
      .thead(
        .tr(
          .th(.class("gi"), .text("#")),
          .forEach(report.editions) { edition in
            .th(.text(edition.language.englishName + " "), .small(.text(fileName(edition.source))))
          },
          .th(.class("notes"), .text("Findings"))
        )),
      .tbody(
        .forEach(report.context.alignment.groups.indices) { group in
          row(group, report, numbers: numbers)
        })
    )
  }

  private func row(_ group: Int, _ report: ArticleAudit, numbers: [Finding: Int]) -> Node<
    HTML.TableContext
  > {
    let findings = report.findings(inGroup: group)
    let context = report.context
    let isBoilerplate = context.alignment.groups[group].isBoilerplate
    let worst = findings.map(\.severity).max()
    let classes = [
      "group", isBoilerplate ? "boilerplate" : nil, worst.map { "has-\($0.rawValue)" },
    ]
    .compactMap { $0 }.joined(separator: " ")
    return .tr(
      .id("g\(group)"),
      .class(classes),
      .td(.class("gi"), .a(.href("#g\(group)"), .text("\(group)"))),
      .forEach(report.editions) { edition in
        cell(edition.language, group, report, isBoilerplate: isBoilerplate)
      },
      .td(
        .class("notes"),
        .forEach(findings) { finding in
          let number = numbers[finding] ?? 0
          return .a(
            .id("f\(number)"),
            .class("note \(finding.severity.rawValue)"),
            .href("#list-f\(number)"),
            .attribute(named: "title", value: finding.message),
            .span(.class("rule"), .text(finding.rule.rawValue)),
            .unwrap(finding.edition) { .span(.class("blame"), .text(" · \($0.rawValue)")) },
            .span(.class("note-message"), .text(finding.message))
          )
        })
    )
  }

  private func cell(
    _ language: TriglotText.Language, _ group: Int, _ report: ArticleAudit, isBoilerplate: Bool
  ) -> Node<HTML.TableRowContext> {
    let indices = report.context.alignment.groups[group][language]
    let blamed = report.findings(inGroup: group).filter { $0.edition == language }
    if indices.isEmpty {
      if isBoilerplate { return .td(.class("empty")) }
      return .td(.class("gap"), .span(.text("not in the \(language.englishName) edition")))
    }
    let flagged = blamed.contains { $0.rule != .missing }
    let highlights = report.highlights(language, group: group)
    return .td(
      .class("cell" + (flagged ? " flagged \(blamed.map(\.severity).max()!.rawValue)" : "")),
      .attribute(named: "lang", value: language.rawValue),
      .forEach(indices) { index in
        let facts = report.context.paragraph(language, index)
        return .p(
          .class(facts.isBoilerplate ? "para bp" : "para"),
          .span(.class("pi"), .text("¶\(index)")),
          .forEach(HighlightedText.runs(of: facts.text, highlighting: highlights)) { run in
            .unwrap(
              run.highlight,
              { highlight in
                .element(
                  named: "mark",
                  nodes: [
                    .class(highlight.severity.rawValue),
                    .attribute(named: "title", value: highlight.rule.rawValue), .text(run.text),
                  ])
              }, else: .text(run.text))
          })
      })
  }

  private func fileName(_ path: String) -> String {
    path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
  }
}
