import Plot
import TriglotAudit
import TriglotText

/// The page of `GET /`: a form where an editor pastes or uploads two or three editions and
/// chooses the audit's options; its script sends them to `POST /v1/audit?format=html` and opens
/// the report that comes back (the page `triglot audit --format html` writes). One
/// self-contained page: inline CSS and script, nothing fetched from elsewhere.
struct AuditFormPage {
  /// The server's `--max-body`, told on the page.
  var maxBody: Int

  /// The page's HTML.
  func render() -> String {
    let html = HTML(
      .lang(.english),
      .head(
        .encoding(.utf8),
        .viewport(.accordingToDevice),
        .pageTitle("Triglot — audit the editions of an article"),
        .style(AuditFormStyle.css)
      ),
      .body(
        .header(
          .h1("Triglot"),
          .p(
            .class("lead"),
            .verbatim(
              "Paste or upload the Ukrainian, English and Russian editions of one article "
                + "(any two or three; text, HTML or Markdown) to see what they disagree on, "
                + "side by side."))
        ),
        .form(
          .id("audit-form"),
          .div(.class("editions"), .forEach(TriglotText.Language.editions) { editionField($0) }),
          options(),
          .div(
            .class("actions"),
            .button(.type(.submit), .id("submit"), .verbatim("Audit")),
            .p(.id("status"), .attribute(named: "role", value: "status"))
          )
        ),
        .footer(
          .p(
            .verbatim(
              "An uploaded file is sent as its bytes, so that a windows-1251 or KOI8 file is "
                + "read as on the command line. At most \(ByteCount(maxBody)) a request. "
                + "JSON API: "),
            .forEach(ServeRoute.allCases.filter { $0 != .page }) { route in
              .code(.verbatim(route.description + " "))
            },
            .verbatim("· triglot \(Triglot.configuration.version)")
          )
        ),
        .script(.raw(AuditFormScript.javascript))
      )
    )
    return html.render(indentedBy: .spaces(1)) + "\n"
  }

  /// The text area and file button of one edition.
  private func editionField(_ language: TriglotText.Language) -> Node<HTML.FormContext> {
    let code = language.rawValue
    return .div(
      .class("edition"),
      .label(
        .for("text-\(code)"),
        .span(.class("lang"), .verbatim(code)),
        .verbatim(" " + language.englishName)
      ),
      .textarea(
        .id("text-\(code)"),
        .name(code),
        .attribute(named: "lang", value: code),
        .attribute(named: "spellcheck", value: "false"),
        .attribute(
          named: "placeholder",
          value: "Paste the \(language.englishName) edition (text, HTML or Markdown), "
            + "or upload its file")
      ),
      .div(
        .class("file-row"),
        .label(
          .class("file-button"),
          .verbatim("Upload a file…"),
          .input(
            .type(.file), .id("file-\(code)"),
            .attribute(named: "data-lang", value: code),
            .attribute(named: "accept", value: Self.accepted))
        ),
        .span(.class("file-name"), .id("file-name-\(code)")),
        .button(
          .type(.button), .class("clear"), .attribute(named: "data-lang", value: code),
          .verbatim("Clear"))
      )
    )
  }

  /// The file types the upload buttons offer: the extensions the readers know.
  private static let accepted =
    ([InputFormat.text, .markdown, .html].flatMap(\.pathExtensions).map { "." + $0 }
    + ["text/plain", "text/html", "text/markdown"]).joined(separator: ",")

  /// The audit's options, folded away: what `triglot audit` takes as flags.
  private func options() -> Node<HTML.FormContext> {
    let nodes: [Node<HTML.FormContext>] = [
      .class("options"),
      .element(named: "summary", nodes: [.verbatim("Options")]),
      .div(
        .class("option-grid"),
        choice(
          "min-severity", "Show findings from",
          Severity.allCases.map { ($0.rawValue, $0.rawValue) }),
        choice(
          "source", "Measure coverage against",
          [("", "the default: most article text")]
            + TriglotText.Language.editions.map { ($0.rawValue, $0.englishName) }),
        choice(
          "standard", "Check English names against",
          [("", "no standard")]
            + TransliterationStandard.standards(for: .uk).map { ($0.id, $0.id) }),
        choice(
          "input-format", "Read the editions as",
          InputFormatChoice.allCases.map { ($0.rawValue, $0.rawValue) }),
        .label(
          .verbatim("House names list (TSV)"),
          .input(.type(.file), .id("names-file"), .attribute(named: "accept", value: ".tsv,.txt"))
        )
      ),
      .fieldset(
        .class("rules"),
        .element(named: "legend", nodes: [.verbatim("Rules")]),
        .forEach(Auditor.allRules) { rule in
          .label(
            .class("rule"),
            .input(
              .type(.checkbox), .attribute(named: "data-rule", value: rule.id.rawValue),
              .attribute(named: "checked", value: "checked")),
            .code(.verbatim(rule.id.rawValue)),
            .span(.class("sev \(rule.severity.rawValue)"), .verbatim(rule.severity.rawValue)),
            .span(.class("summary"), .verbatim(rule.summary))
          )
        }
      ),
    ]
    return .element(named: "details", nodes: nodes)
  }

  /// A labelled menu with `id` of `(value, label)` entries, the first chosen.
  private func choice(_ id: String, _ label: String, _ entries: [(String, String)]) -> Node<
    HTML.FormContext
  > {
    .label(
      .verbatim(label),
      .select(
        .id(id),
        .forEach(entries) { value, text in
          // Plot writes `<option/>` self-closed, with its text in `label`: spelt out instead.
          .element(
            named: "option",
            nodes: [
              .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
              .verbatim(text),
            ])
        }
      )
    )
  }
}
