import Foundation
import Plot
import TriglotAlign
import TriglotAudit
import TriglotText

/// Renders an audit report as one self-contained HTML page: inline CSS, no scripts, no network.
///
/// The page shows the coverage summary, the list of findings (each linking to its group), a
/// legend built from the article's own values (``HTMLReportLegend``), and the editions group by
/// group (``HTMLReportEditions``): side by side on a wide screen, stacked on a phone; omissions
/// as hatched gaps, boilerplate greyed and its runs folded, differing values highlighted, and
/// each finding's note in the row it concerns. Groups, paragraphs and findings are numbered
/// from 1, and so are their ids (`id="g14"` is Group 14, see ``ReportNumbering``). Plot escapes
/// all text by construction.
struct HTMLReportRenderer {
  /// The page's HTML.
  func render(_ report: ArticleAudit) -> String {
    let html = HTML(
      .lang(.english),
      .head(
        .encoding(.utf8),
        .viewport(.accordingToDevice),
        .pageTitle(
          "Triglot audit — "
            + report.editions.map { Self.fileName($0.source) }.joined(separator: ", ")),
        .style(HTMLReportStyle.css)
      ),
      .body(
        .header(
          .h1("Edition audit"),
          .p(
            .class("files"),
            .forEach(report.editions) { edition in
              .span(
                .class("file"), .strong(.verbatim(edition.language.rawValue)),
                .verbatim(" " + edition.source))
            })
        ),
        summary(report),
        findingList(report),
        HTMLReportLegend(report).node,
        HTMLReportEditions(report).node
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
        .span(.class("lang"), .verbatim(language.rawValue)),
        .span(.class("name"), .verbatim(language.englishName)),
        .span(
          .class("count"),
          .verbatim("\(article) article ¶ · \(facts.count - article) boilerplate"))
      ),
      .unwrap(
        report.coverage.editions[language],
        { share in
          .div(
            .class("bars"),
            bar("paragraphs", share.paragraphs),
            bar("characters", share.characters),
            .p(
              .class("caption"),
              .verbatim("of the \(report.coverage.source.englishName) article text"))
          )
        },
        else: .div(
          .class("bars source"),
          .p(.class("source-note"), .verbatim("Source edition: coverage is measured against it")))),
      .div(
        .class("pills"),
        .forEach(Severity.allCases.reversed()) { severity in
          let count = counts[severity] ?? 0
          return .span(
            .class("pill \(severity.rawValue)\(count == 0 ? " zero" : "")"),
            .verbatim("\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"))
        })
    )
  }

  private func bar(_ label: String, _ share: Double) -> Node<HTML.BodyContext> {
    let width = Int((share * 100).rounded())
    let level = share >= 0.95 ? "good" : share >= 0.8 ? "fair" : "poor"
    return .div(
      .class("bar-row"),
      .span(.class("bar-label"), .verbatim(label)),
      .span(
        .class("bar"),
        .span(.class("fill \(level)"), .attribute(named: "style", value: "width: \(width)%"))),
      .span(.class("bar-value"), .verbatim(Percent.text(share)))
    )
  }

  // MARK: Findings

  private func findingList(_ report: ArticleAudit) -> Node<HTML.BodyContext> {
    .section(
      .class("findings"),
      .h2(.verbatim("Findings"), .span(.class("total"), .verbatim(" \(report.findings.count)"))),
      .if(
        report.findings.isEmpty, .p(.class("none"), .verbatim("No findings: the editions agree."))),
      .unwrap(
        report.acceptedCount,
        { count in
          .p(
            .class("accepted"),
            .verbatim(
              "\(count) accepted finding\(count == 1 ? "" : "s") hidden (recorded in the "
                + "--baseline file)"))
        }),
      .ol(
        .forEach(Array(report.findings.enumerated())) { number, finding in
          .li(
            .class("finding \(finding.severity.rawValue)"),
            .id(ReportNumbering.listEntryID(number)),
            .a(
              .href("#" + ReportNumbering.groupID(finding.group)),
              .verbatim("group \(ReportNumbering.number(finding.group))")),
            .span(.class("sev \(finding.severity.rawValue)"), .verbatim(finding.severity.rawValue)),
            .code(.verbatim(finding.rule.rawValue)),
            .span(.class("message"), .verbatim(finding.message))
          )
        })
    )
  }

  /// The file name of an edition's `path` ("stdin" for `-`), as the header and columns show it.
  static func fileName(_ path: String) -> String {
    path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
  }
}
