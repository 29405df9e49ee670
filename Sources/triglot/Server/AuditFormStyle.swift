/// The inline style sheet of the page of `GET /`, in the colours and type of the HTML report it
/// leads to.
enum AuditFormStyle {
  /// The CSS placed in the page's `<style>` element.
  static let css = """
    :root {
      --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --wash: #f6f8fa;
      --error: #c62828; --error-bg: #fdecea; --warning: #9a6700; --warning-bg: #fff4d6;
      --info: #0969da; --info-bg: #e7f1ff; --accent: #1f6feb;
    }
    * { box-sizing: border-box; }
    body {
      margin: 0; padding: 28px 32px 48px; color: var(--ink); background: var(--wash);
      font: 14px/1.5 "Noto Sans", "DejaVu Sans", "Segoe UI", system-ui, sans-serif;
    }
    header h1 { margin: 0 0 2px; font-size: 22px; font-weight: 650; letter-spacing: -0.01em; }
    .lead { margin: 0 0 18px; color: var(--muted); max-width: 760px; }
    .editions { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; }
    @media (max-width: 900px) { .editions { grid-template-columns: 1fr; } }
    .edition {
      display: flex; flex-direction: column; gap: 8px; background: var(--paper);
      border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px;
    }
    .edition > label { font-weight: 650; font-size: 15px; }
    .lang {
      text-transform: uppercase; font-weight: 700; font-size: 12px; color: #fff;
      background: var(--ink); border-radius: 4px; padding: 1px 6px; margin-right: 4px;
    }
    textarea {
      width: 100%; min-height: 320px; resize: vertical; padding: 8px 10px;
      border: 1px solid var(--line); border-radius: 6px; background: #fcfdfe; color: var(--ink);
      font: 13px/1.45 "Noto Sans", "DejaVu Sans", system-ui, sans-serif;
    }
    textarea:focus, select:focus { outline: 2px solid var(--accent); outline-offset: -1px; }
    textarea:disabled { background: var(--wash); color: var(--muted); }
    .file-row { display: flex; align-items: center; gap: 10px; min-height: 30px; }
    .file-button {
      position: relative; overflow: hidden; cursor: pointer; font-size: 13px;
      border: 1px solid var(--line); border-radius: 6px; padding: 3px 10px; background: var(--wash);
    }
    .file-button input { position: absolute; inset: 0; opacity: 0; cursor: pointer; }
    .file-name { flex: 1; color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
    .clear {
      font: inherit; font-size: 12.5px; color: var(--muted); background: none; border: 0;
      cursor: pointer; text-decoration: underline; visibility: hidden;
    }
    .edition.filled .clear { visibility: visible; }
    .options {
      margin-top: 16px; background: var(--paper); border: 1px solid var(--line);
      border-radius: 10px; padding: 10px 14px;
    }
    .options summary { cursor: pointer; font-weight: 650; }
    .option-grid {
      display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 10px 18px;
      margin: 12px 0;
    }
    .option-grid label { display: flex; flex-direction: column; gap: 3px; color: var(--muted);
      font-size: 12.5px; }
    select { font: inherit; color: var(--ink); padding: 3px 6px; border: 1px solid var(--line);
      border-radius: 6px; background: var(--paper); }
    .rules { border: 0; padding: 0; margin: 0; }
    .rules legend { font-size: 12.5px; color: var(--muted); margin-bottom: 4px; }
    .rule { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; font-size: 13px; }
    .rule code { width: 118px; flex: none; font-size: 12px; }
    .sev { font-size: 11px; font-weight: 600; border-radius: 999px; padding: 0 7px; flex: none; }
    .sev.error { color: var(--error); background: var(--error-bg); }
    .sev.warning { color: var(--warning); background: var(--warning-bg); }
    .sev.info { color: var(--info); background: var(--info-bg); }
    .rule .summary { color: var(--muted); }
    .actions { display: flex; align-items: center; gap: 14px; margin-top: 16px; }
    #submit {
      font: inherit; font-weight: 650; color: #fff; background: var(--accent); border: 0;
      border-radius: 6px; padding: 7px 22px; cursor: pointer;
    }
    #submit:disabled { opacity: 0.6; cursor: progress; }
    #status { margin: 0; color: var(--muted); }
    #status.error {
      color: var(--error); background: var(--error-bg); border-radius: 6px; padding: 4px 10px;
    }
    footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
    footer code { font-size: 11.5px; margin-right: 4px; }
    """
}
