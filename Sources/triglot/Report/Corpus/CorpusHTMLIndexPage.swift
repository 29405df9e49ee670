import Foundation
import Plot
import TriglotAudit

/// The page `index.html` of a corpus audit: the totals, the distribution of coverage, the
/// findings by rule, and the table of articles, sortable by any column with a click (a small
/// inline script; without it the table stays in article order). Self-contained: no network.
struct CorpusHTMLIndexPage {
  /// Where the rows of the table go; ``CorpusHTMLIndex`` streams them in there.
  static let rowsPlaceholder = "<!-- triglot: rows -->"

  var summary: CorpusSummary
  /// The folders given on the command line.
  var roots: [String]

  /// The page, with ``rowsPlaceholder`` inside the table's body.
  func render() -> String {
    let html = HTML(
      .lang(.english),
      .head(
        .encoding(.utf8),
        .viewport(.accordingToDevice),
        .pageTitle("Triglot corpus audit — \(summary.articles + summary.failed) articles"),
        .style(Self.css)
      ),
      .body(
        .header(
          .h1("Corpus audit"),
          .p(.class("files"), .verbatim(roots.joined(separator: ", ")))
        ),
        .section(
          .class("summary"),
          card("Articles audited", summary.articles),
          card("With findings", summary.articlesWithFindings),
          card("Errors", summary.severities[.error] ?? 0, severity: "error"),
          card("Warnings", summary.severities[.warning] ?? 0, severity: "warning"),
          card("Info", summary.severities[.info] ?? 0, severity: "info"),
          card("Not audited", summary.failed, severity: summary.failed > 0 ? "error" : nil),
          card("Paragraphs", summary.paragraphs)
        ),
        .div(.class("tables"), coverageTable(), ruleTable()),
        .h2("Articles"),
        .p(
          .class("hint"),
          .verbatim("Click a column's heading to sort by it; click again to reverse.")),
        .table(
          .id("articles"),
          .thead(
            .tr(
              heading("Article", numeric: false), heading("Editions", numeric: false),
              heading("¶", numeric: true), heading("Groups", numeric: true),
              heading("Coverage", numeric: true), heading("Errors", numeric: true),
              heading("Warnings", numeric: true), heading("Info", numeric: true),
              heading("Gate", numeric: false))),
          .tbody(.raw(Self.rowsPlaceholder))
        ),
        .script(.raw(Self.script))
      )
    )
    return html.render(indentedBy: .spaces(1)) + "\n"
  }

  private func card(_ title: String, _ value: Int, severity: String? = nil) -> Node<
    HTML.BodyContext
  > {
    .div(
      .class("card" + (severity.map { value > 0 ? " \($0)" : "" } ?? "")),
      .div(.class("value"), .verbatim(String(value))),
      .div(.class("label"), .verbatim(title)))
  }

  private func coverageTable() -> Node<HTML.BodyContext> {
    let bands = CorpusSummary.coverageBands
    return .table(
      .class("small"),
      .caption("Lowest coverage per article"),
      .tr(.th("Coverage"), .th(.class("number"), "Articles")),
      .forEach(
        Array(zip(bands.indices, summary.coverageCounts)),
        { index, count in
          .tr(
            .td(.verbatim(CorpusSummary.bandName(index))),
            .td(.class("number"), .verbatim(String(count))))
        }))
  }

  private func ruleTable() -> Node<HTML.BodyContext> {
    let rules = summary.findingsByRule.sorted {
      $0.value.findings != $1.value.findings
        ? $0.value.findings > $1.value.findings : $0.key.rawValue < $1.key.rawValue
    }
    return .table(
      .class("small"),
      .caption("Findings by rule"),
      .tr(
        .th("Rule"), .th(.class("number"), "Errors"), .th(.class("number"), "Warnings"),
        .th(.class("number"), "Info"), .th(.class("number"), "Articles")),
      .forEach(rules) { rule, count in
        .tr(
          .td(.verbatim(rule.rawValue)),
          .forEach(Severity.allCases.reversed()) { severity in
            .td(.class("number"), .verbatim(String(count.severities[severity] ?? 0)))
          },
          .td(.class("number"), .verbatim(String(count.articles))))
      },
      .if(rules.isEmpty, .tr(.td(.attribute(named: "colspan", value: "5"), "No findings.")))
    )
  }

  private func heading(_ title: String, numeric: Bool) -> Node<HTML.TableRowContext> {
    .th(
      .class(numeric ? "number" : ""),
      .attribute(named: "data-numeric", value: numeric ? "1" : "0"),
      .button(.attribute(named: "type", value: "button"), .verbatim(title)))
  }

  /// Sorts the rows by the clicked column: numbers by value (`data-sort` when a cell has one),
  /// text by the locale's order; a second click reverses.
  static let script = """
    (function () {
      var table = document.getElementById('articles');
      var body = table.tBodies[0];
      var headings = table.tHead.rows[0].cells;
      function key(row, column, numeric) {
        var cell = row.cells[Math.min(column, row.cells.length - 1)];
        var value = cell.getAttribute('data-sort') || cell.textContent;
        return numeric ? (parseFloat(value) || 0) : value.toLowerCase();
      }
      Array.prototype.forEach.call(headings, function (heading, column) {
        heading.querySelector('button').addEventListener('click', function () {
          var numeric = heading.getAttribute('data-numeric') === '1';
          var ascending = heading.getAttribute('aria-sort') !== 'ascending';
          Array.prototype.forEach.call(headings, function (h) { h.removeAttribute('aria-sort'); });
          heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a, column, numeric), y = key(b, column, numeric);
            var order = numeric ? x - y : x.localeCompare(y);
            return ascending ? order : -order;
          });
          var fragment = document.createDocumentFragment();
          rows.forEach(function (row) { fragment.appendChild(row); });
          body.appendChild(fragment);
        });
      });
    })();
    """

  static let css = """
    :root {
      --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --wash: #f6f8fa;
      --error: #c62828; --warning: #8a5c00; --info: #0969da;
    }
    * { box-sizing: border-box; }
    /* Text from the input (a file name, a run of a paragraph) cannot reorder what follows it:
       a right-to-left override (U+202E) in it ends with its element. */
    span, mark, strong, small, a, code { unicode-bidi: isolate; }
    body {
      margin: 0; padding: 28px 32px 64px; color: var(--ink); background: var(--wash);
      font: 14px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", system-ui, sans-serif;
    }
    h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; }
    h2 { font-size: 16px; margin: 24px 0 4px; }
    .files, .hint { margin: 0 0 16px; color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
    .summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
    .card {
      flex: 1 1 120px; background: var(--paper); border: 1px solid var(--line);
      border-radius: 10px; padding: 10px 14px;
    }
    .card .value { font-size: 22px; font-weight: 650; }
    .card .label { color: var(--muted); font-size: 12.5px; }
    .card.error .value { color: var(--error); }
    .card.warning .value { color: var(--warning); }
    .card.info .value { color: var(--info); }
    .tables { display: flex; flex-wrap: wrap; gap: 16px; }
    table {
      border-collapse: collapse; background: var(--paper); border: 1px solid var(--line);
      width: 100%;
    }
    table.small { width: auto; min-width: 260px; }
    caption { text-align: left; font-weight: 650; padding: 0 0 6px; }
    th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; }
    td:first-child { overflow-wrap: anywhere; }
    th { background: var(--wash); font-weight: 650; white-space: nowrap; }
    th button {
      font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer;
    }
    th[aria-sort=ascending] button::after { content: " ▲"; }
    th[aria-sort=descending] button::after { content: " ▼"; }
    .number { text-align: right; font-variant-numeric: tabular-nums; }
    td.error { color: var(--error); font-weight: 650; }
    td.warning { color: var(--warning); font-weight: 650; }
    td.info { color: var(--info); }
    tr.failed td { color: var(--error); }
    tr.fails td:last-child { color: var(--error); }
    a { color: var(--info); }
    @media (max-width: 720px) {
      body { padding: 16px 12px 48px; }
      #articles th:nth-child(2), #articles td:nth-child(2),
      #articles th:nth-child(4), #articles td:nth-child(4) { display: none; }
    }
    """
}
