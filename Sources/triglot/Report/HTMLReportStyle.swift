/// The inline style sheet of the HTML report: system fonts, light colours, print-friendly, and
/// responsive without a script.
///
/// Three widths: from 1100 px the editions and the findings are columns side by side; from
/// 720 px the findings go under the editions of their group, since four columns leave each
/// note a few words a line; below 720 px (a phone) each group is a block with its editions one
/// under the other, each labelled with its language. Every text colour is at least 4.5:1
/// against its background (WCAG AA).
enum HTMLReportStyle {
  /// The CSS placed in the page's `<style>` element.
  static let css = """
    :root {
      --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --wash: #f6f8fa;
      --error: #c62828; --error-bg: #fdecea; --warning: #8a5c00; --warning-bg: #fff4d6;
      --info: #0969da; --info-bg: #e7f1ff; --good: #2e7d32; --fair: #d9a400; --poor: #c62828;
      --rule: #eef1f4; --furniture: #fafbfc;
    }
    * { box-sizing: border-box; }
    /* Text from the input (a file name, a run of a paragraph) cannot reorder what follows it:
       a right-to-left override (U+202E) in it ends with its element. */
    span, mark, strong, small, a, code { unicode-bidi: isolate; }
    body {
      margin: 0; padding: 28px 32px 64px; color: var(--ink); background: var(--wash);
      font: 14px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", system-ui, sans-serif;
    }
    header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; letter-spacing: -0.01em; }
    .files { margin: 0 0 20px; color: var(--muted); font-size: 12.5px; }
    .file { display: inline-block; margin-right: 18px; overflow-wrap: anywhere; }
    .file strong { text-transform: uppercase; color: var(--ink); margin-right: 2px; }
    h2 { font-size: 15px; margin: 0 0 10px; font-weight: 650; }
    h2 .total { color: var(--muted); font-weight: 500; }
    .summary { display: flex; gap: 16px; flex-wrap: wrap; margin-bottom: 20px; }
    .card {
      flex: 1 1 260px; min-width: 0; background: var(--paper); border: 1px solid var(--line);
      border-radius: 10px; padding: 14px 16px;
    }
    .card-head {
      display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin-bottom: 10px;
    }
    .lang {
      text-transform: uppercase; font-weight: 700; font-size: 12px; color: #fff;
      background: var(--ink); border-radius: 4px; padding: 1px 6px;
    }
    .name { font-weight: 650; font-size: 15px; }
    .count { margin-left: auto; color: var(--muted); font-size: 12px; }
    .bar-row { display: flex; align-items: center; gap: 8px; margin: 4px 0; font-size: 12.5px; }
    .bar-label { width: 74px; color: var(--muted); }
    .bar { flex: 1; height: 8px; background: #eaeef2; border-radius: 4px; overflow: hidden; }
    .fill { display: block; height: 100%; border-radius: 4px; }
    .fill.good { background: var(--good); } .fill.fair { background: var(--fair); }
    .fill.poor { background: var(--poor); }
    .bar-value {
      flex: none; min-width: 40px; text-align: right; font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .caption, .source-note { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
    .bars.source { min-height: 52px; display: flex; align-items: center; }
    .pills { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
    .pill { font-size: 12px; border-radius: 999px; padding: 1px 9px; font-weight: 600; }
    .pill.error { color: var(--error); background: var(--error-bg); }
    .pill.warning { color: var(--warning); background: var(--warning-bg); }
    .pill.info { color: var(--info); background: var(--info-bg); }
    .pill.zero { color: var(--muted); background: var(--rule); font-weight: 500; }
    .findings {
      background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
      padding: 14px 16px; margin-bottom: 14px;
    }
    .findings ol { margin: 0; padding-left: 0; list-style: none; }
    /* The message takes the rest of the line, or a line of its own where less than 300 px is
       left beside the group, severity and rule: it never wraps a word a line. */
    .finding {
      display: flex; flex-wrap: wrap; column-gap: 10px; align-items: baseline; padding: 4px 0;
      border-top: 1px solid var(--rule);
    }
    .finding:first-child { border-top: 0; }
    .finding a { color: var(--muted); width: 64px; flex: none; font-size: 12.5px; }
    .finding code { font-size: 12px; color: var(--muted); width: 118px; flex: none; }
    .finding .message { flex: 1 1 300px; min-width: 0; overflow-wrap: anywhere; }
    .sev { flex: none; width: 62px; font-size: 11px; font-weight: 700; text-transform: uppercase;
      letter-spacing: 0.04em; }
    .sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
    .sev.info { color: var(--info); }
    .none { margin: 0; color: var(--good); font-weight: 600; }
    .accepted { margin: 0 0 8px; color: var(--muted); }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0 0 14px; font-size: 12.5px;
      color: var(--muted); }
    .legend a { color: var(--muted); }
    .swatch { display: inline-block; width: 22px; height: 12px; border-radius: 3px;
      vertical-align: -1px; border: 1px solid var(--line); }
    .gap-swatch, .cell.gap {
      background: repeating-linear-gradient(135deg, #fbe3e1 0 6px, #fff5f4 6px 12px);
    }
    .boilerplate-swatch { background: #f0f2f4; }
    .flagged-swatch { background: #fff; border-left: 4px solid var(--error); }
    .flagged-swatch.warning { border-left-color: var(--fair); }
    .flagged-swatch.info { border-left-color: var(--info); }
    .editions {
      background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
      overflow: clip; --columns: 56px repeat(var(--editions), minmax(0, 1fr));
    }
    .editions > h2 { margin: 0; padding: 12px 16px; }
    /* One grid for the column titles, every group and every opened run of boilerplate, so that
       their columns line up without a table. */
    .row {
      display: grid; grid-template-columns: var(--columns) minmax(200px, 22%);
      border-top: 1px solid var(--rule);
    }
    .row > * { min-width: 0; padding: 10px 12px; overflow-wrap: anywhere; }
    .row > .notes { grid-column: -2 / -1; grid-row: 1; }
    .heads {
      position: sticky; top: 0; z-index: 1; background: #fbfcfd; font-size: 13px;
      font-weight: 650; border-bottom: 1px solid var(--line);
    }
    .heads small { color: var(--muted); font-weight: 400; margin-left: 4px; }
    .heads + .row, .heads + .run { border-top: 0; }
    .gi {
      margin: 0; padding-left: 0; padding-right: 8px; text-align: right; color: var(--muted);
      font-size: 12px; font-weight: 400; white-space: nowrap;
    }
    .gi a { color: var(--muted); text-decoration: none; }
    /* Labels a wide screen shows by their column: read out by screen readers, drawn only on a
       narrow screen. */
    .gl, .el {
      position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; border: 0;
    }
    .group, .para { scroll-margin-top: 48px; }
    .group:target, .para:target { background: #fffbe6; }
    .para { margin: 0 0 6px; }
    .para:last-child { margin-bottom: 0; }
    .pi { color: var(--muted); font-size: 11px; margin-right: 6px;
      font-variant-numeric: tabular-nums; }
    .group.boilerplate, .run { background: var(--furniture); }
    .group.boilerplate > *, .para.bp { color: var(--muted); font-size: 12.5px; }
    .run { border-top: 1px solid var(--rule); color: var(--muted); font-size: 12.5px; }
    .run > summary {
      display: grid; grid-template-columns: 56px minmax(0, 1fr); cursor: pointer;
      list-style: none;
    }
    .run > summary::-webkit-details-marker { display: none; }
    .run > summary > * { padding-top: 6px; padding-bottom: 6px; min-width: 0; }
    .run-title { padding-left: 12px; padding-right: 12px; }
    .run-title::before { content: "▸ "; }
    .run[open] .run-title::before { content: "▾ "; }
    .run .row { border-top: 1px dashed var(--line); }
    .run .row > :first-child { grid-column-start: 2; }
    .cell.empty { background: transparent; }
    .cell.gap {
      display: flex; flex-direction: column; align-items: center; justify-content: center;
      gap: 4px; color: var(--error); font-size: 12px; font-weight: 600;
    }
    .gap-text { background: #fff; padding: 2px 8px; border-radius: 4px; text-align: center; }
    .cell.flagged { box-shadow: inset 4px 0 0 var(--error); }
    .cell.flagged.warning { box-shadow: inset 4px 0 0 var(--fair); }
    .cell.flagged.info { box-shadow: inset 4px 0 0 var(--info); }
    mark { border-radius: 3px; padding: 0 2px; font-weight: 650; }
    mark.error { background: #ffd7d5; color: #8e1616; }
    mark.warning { background: #ffe8a3; color: #5c3d00; }
    mark.info { background: #d3e6ff; color: #0b3d91; }
    .note { display: block; text-decoration: none; color: var(--ink); border-radius: 6px;
      padding: 5px 8px; margin-bottom: 6px; font-size: 12.5px; line-height: 1.4; }
    .note:last-child { margin-bottom: 0; }
    .note.error { background: var(--error-bg); } .note.warning { background: var(--warning-bg); }
    .note.info { background: var(--info-bg); }
    .note .rule { font-weight: 700; font-size: 11.5px; }
    .note.error .rule { color: var(--error); } .note.warning .rule { color: var(--warning); }
    .note.info .rule { color: var(--info); }
    .note .blame { color: var(--muted); font-size: 11.5px; text-transform: uppercase; }
    .note-message { display: block; }
    @media (min-width: 720px) {
      .group.boilerplate > * { padding-top: 6px; padding-bottom: 6px; }
    }
    @media (max-width: 1099px) {
      .row { grid-template-columns: var(--columns); }
      .row > .notes { grid-column: 2 / -1; grid-row: 2; padding-top: 0; }
      .heads .notes-head { display: none; }
    }
    @media (max-width: 719px) {
      body { padding: 16px 12px 40px; }
      .heads { display: none; }
      .group, .para { scroll-margin-top: 0; }
      .row, .run > summary { grid-template-columns: minmax(0, 1fr); }
      .row > * { padding: 4px 12px 8px; }
      .row > .notes, .run .row > :first-child { grid-column: 1; grid-row: auto; }
      .gi {
        padding: 10px 12px 2px; text-align: left; color: var(--ink); font-size: 13px;
        font-weight: 650;
      }
      .gi a { color: var(--ink); }
      .run > summary > .gi { padding: 8px 12px 0; }
      .gl, .el {
        position: static; width: auto; height: auto; margin: 0; overflow: visible; clip: auto;
        white-space: normal;
      }
      .el {
        display: block; margin-bottom: 2px; color: var(--muted); font-size: 11px;
        font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase;
      }
      .cell.empty { display: none; }
      .cell.gap { align-items: flex-start; padding: 8px 12px; }
    }
    @media print {
      body { background: #fff; padding: 0; }
      .heads { position: static; }
    }
    """
}
