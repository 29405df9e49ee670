/// The inline style sheet of the HTML report: system fonts, light colours, print-friendly.
enum HTMLReportStyle {
  /// The CSS placed in the page's `<style>` element.
  static let css = """
    :root {
      --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --wash: #f6f8fa;
      --error: #c62828; --error-bg: #fdecea; --warning: #9a6700; --warning-bg: #fff4d6;
      --info: #0969da; --info-bg: #e7f1ff; --good: #2e7d32; --fair: #d9a400; --poor: #c62828;
    }
    * { box-sizing: border-box; }
    body {
      margin: 0; padding: 28px 32px 64px; color: var(--ink); background: var(--wash);
      font: 14px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", system-ui, sans-serif;
    }
    header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; letter-spacing: -0.01em; }
    .files { margin: 0 0 20px; color: var(--muted); font-size: 12.5px; }
    .file { margin-right: 18px; }
    .file strong { text-transform: uppercase; color: var(--ink); margin-right: 2px; }
    h2 { font-size: 15px; margin: 0 0 10px; font-weight: 650; }
    h2 .total { color: var(--muted); font-weight: 500; }
    .summary { display: flex; gap: 16px; flex-wrap: wrap; margin-bottom: 20px; }
    .card {
      flex: 1 1 260px; background: var(--paper); border: 1px solid var(--line);
      border-radius: 10px; padding: 14px 16px;
    }
    .card-head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 10px; }
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
      width: 40px; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600;
    }
    .caption, .source-note { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
    .bars.source { min-height: 52px; display: flex; align-items: center; }
    .pills { display: flex; gap: 6px; margin-top: 10px; }
    .pill { font-size: 12px; border-radius: 999px; padding: 1px 9px; font-weight: 600; }
    .pill.error { color: var(--error); background: var(--error-bg); }
    .pill.warning { color: var(--warning); background: var(--warning-bg); }
    .pill.info { color: var(--info); background: var(--info-bg); }
    .pill.zero { color: var(--muted); background: #eef1f4; font-weight: 500; }
    .findings {
      background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
      padding: 14px 16px; margin-bottom: 14px;
    }
    .findings ol { margin: 0; padding-left: 0; list-style: none; }
    .finding { display: flex; gap: 10px; align-items: baseline; padding: 4px 0;
      border-top: 1px solid #eef1f4; }
    .finding:first-child { border-top: 0; }
    .finding a { color: var(--muted); width: 64px; flex: none; font-size: 12.5px; }
    .finding code { font-size: 12px; color: var(--muted); width: 118px; flex: none; }
    .finding .message { flex: 1; }
    .sev { flex: none; width: 62px; font-size: 11px; font-weight: 700; text-transform: uppercase;
      letter-spacing: 0.04em; }
    .sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
    .sev.info { color: var(--info); }
    .none { margin: 0; color: var(--good); font-weight: 600; }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0 0 14px; font-size: 12.5px;
      color: var(--muted); }
    .swatch { display: inline-block; width: 22px; height: 12px; border-radius: 3px;
      vertical-align: -1px; border: 1px solid var(--line); }
    .gap-swatch, td.gap {
      background: repeating-linear-gradient(135deg, #fbe3e1 0 6px, #fff5f4 6px 12px);
    }
    .boilerplate-swatch { background: #f0f2f4; }
    .flagged-swatch { background: #fff; border-left: 4px solid var(--error); }
    table.editions {
      width: 100%; border-collapse: separate; border-spacing: 0; table-layout: fixed;
      background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
      overflow: hidden;
    }
    thead th {
      position: sticky; top: 0; background: #fbfcfd; text-align: left; font-size: 13px;
      padding: 10px 12px; border-bottom: 1px solid var(--line); font-weight: 650; z-index: 1;
    }
    thead th small { color: var(--muted); font-weight: 400; margin-left: 4px; }
    th.gi, td.gi { width: 44px; text-align: right; color: var(--muted); }
    th.notes, td.notes { width: 22%; }
    td { vertical-align: top; padding: 10px 12px; border-top: 1px solid #eef1f4; }
    tbody tr:first-child td { border-top: 0; }
    td.gi a { color: var(--muted); text-decoration: none; font-size: 12px; }
    tr:target td { background: #fffbe6; }
    .para { margin: 0 0 6px; }
    .para:last-child { margin-bottom: 0; }
    .pi { color: #8c959f; font-size: 11px; margin-right: 6px; font-variant-numeric: tabular-nums; }
    tr.boilerplate td, .para.bp { color: #8c959f; font-size: 12.5px; }
    tr.boilerplate td { background: #fafbfc; padding-top: 6px; padding-bottom: 6px; }
    td.gap { color: var(--error); font-size: 12px; font-weight: 600; text-align: center;
      vertical-align: middle; }
    td.gap span { background: #fff; padding: 2px 8px; border-radius: 4px; }
    td.cell.flagged { box-shadow: inset 4px 0 0 var(--error); }
    td.cell.flagged.warning { box-shadow: inset 4px 0 0 var(--fair); }
    td.cell.flagged.info { box-shadow: inset 4px 0 0 var(--info); }
    mark { border-radius: 3px; padding: 0 2px; font-weight: 650; }
    mark.error { background: #ffd7d5; color: #8e1616; }
    mark.warning { background: #ffe8a3; color: #5c3d00; }
    mark.info { background: #d3e6ff; color: #0b3d91; }
    .note { display: block; text-decoration: none; color: var(--ink); border-radius: 6px;
      padding: 5px 8px; margin-bottom: 6px; font-size: 12.5px; line-height: 1.4; }
    .note.error { background: var(--error-bg); } .note.warning { background: var(--warning-bg); }
    .note.info { background: var(--info-bg); }
    .note .rule { font-weight: 700; font-size: 11.5px; }
    .note.error .rule { color: var(--error); } .note.warning .rule { color: var(--warning); }
    .note.info .rule { color: var(--info); }
    .note .blame { color: var(--muted); font-size: 11.5px; text-transform: uppercase; }
    .note-message { display: block; }
    @media print { body { background: #fff; padding: 0; } thead th { position: static; } }
    """
}
