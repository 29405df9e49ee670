import ArgumentParser
import Foundation
import TriglotAlign
import TriglotAudit
import TriglotText

/// `triglot audit`: what the editions of an article disagree on, and how much of the source
/// edition each other edition covers.
struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Report what the editions disagree on and how much of the source each covers.",
    discussion: """
      Rules (disable with --disable ID):
      \(Auditor.allRules.map { "  \($0.id) (\($0.severity.rawValue)): \($0.summary)" }
        .joined(separator: "\n"))

      Editions are text, saved web pages (.html, .htm) or Markdown (.md), by extension or \
      --input-format, in UTF-8, UTF-16 (with a byte-order mark), windows-1251, KOI8-R or \
      KOI8-U (detected; --encoding NAME forces one); 'triglot extract' shows what is read as \
      the article of a page.

      With article folders (DIR…: a folder holding uk, en and ru editions, any two or three, \
      as uk.txt, en.html, ru.md …, or a folder of such folders) every article is audited: one \
      line per article, its findings under it, then the totals (or --format json: \
      {"version":1,"articles":[…]}). Files a folder holds besides its editions are named on \
      standard error. A folder that cannot be read is reported on standard error and the \
      others are audited.

      With --names FILE (the newsroom's house style: CYRILLIC<TAB>LATIN[<TAB>NOTE] lines), \
      name-spelling checks the English edition against the listed spellings first and \
      --standard second: a listed name is never reported for differing from the standard.

      Exit codes: 0 no finding at or above --fail-on and coverage at or above --fail-under, \
      1 otherwise, 2 input or environment error (with folders: any folder that cannot be \
      read; an unreadable or invalid --names file), 64 usage error.
      """)

  @OptionGroup var inputs: EditionInputs

  @Option(help: "Output format: text, json or html.")
  var format: AuditFormat = .text

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "Write the report to FILE (atomically) instead of standard output.",
      valueName: "FILE"))
  var output: String?

  @Option(
    name: .customLong("disable"),
    help: ArgumentHelp("Turn a rule off (repeatable).", valueName: "RULE"))
  var disabled: [AuditRuleID] = []

  @Option(help: "Leave out findings below this severity: info, warning or error.")
  var minSeverity: Severity = .info

  @Option(help: "Exit 1 when a finding reaches this severity: info, warning, error or never.")
  var failOn: FailThreshold = .error

  @Option(
    help: ArgumentHelp(
      "Exit 1 when any edition covers less than PCT percent of the source.",
      valueName: "PCT"))
  var failUnder: Double?

  @Option(help: "The edition coverage is measured against: uk, en or ru (default: the longest).")
  var source: EditionLanguage?

  @Option(
    help: ArgumentHelp(
      "Also report English names spelled off this Ukrainian transliteration standard "
        + "(e.g. kmu-2010; see 'triglot translit --list').", valueName: "ID"))
  var standard: String?

  @Option(
    help: ArgumentHelp(
      "The newsroom's own spellings, checked before --standard: CYRILLIC<TAB>LATIN[<TAB>NOTE] "
        + "lines (see Docs/house-names.example.tsv).", valueName: "FILE"))
  var names: String?

  @Flag(inversion: .prefixedNo, help: "Force colour on or off (default: on for a terminal).")
  var color: Bool?

  /// The audit the options ask for, as `POST /v1/audit` takes it too.
  var settings: AuditSettings {
    AuditSettings(
      disabled: disabled, minSeverity: minSeverity, failOn: failOn, failUnder: failUnder,
      source: source?.language, standard: standard, naming: .commandLine)
  }

  func validate() throws {
    do {
      try settings.validate()
    } catch {
      throw ValidationError(error.errorDescription!)
    }
    if !inputs.folders.isEmpty, format == .html {
      throw ValidationError(
        "--format html reports one article: give its edition files (--uk F --en F --ru F "
          + "--format html -o report.html); article folders take --format text or json")
    }
  }

  func run() throws {
    let auditor = try reportingInputErrors {
      try settings.auditor(
        houseNames: try names.map {
          try HouseNames(parsing: try InputReader.text(of: $0), source: $0)
        })
    }
    if inputs.folders.isEmpty {
      try auditArticle(with: auditor)
    } else {
      try auditArchive(with: auditor)
    }
  }

  /// `triglot audit --uk F --en F --ru F` or `triglot audit F F [F]`: one article.
  private func auditArticle(with auditor: Auditor) throws {
    let settings = settings
    let report = try reportingInputErrors {
      try settings.audit(try inputs.editions(), with: auditor)
    }
    let shown = settings.shown(report)
    let rendered: String
    switch format {
    case .text:
      rendered = TextReportRenderer(colored: textIsColored()).render(shown)
    case .json:
      rendered = try AuditJSONDocument(shown).encoded()
    case .html:
      rendered = HTMLReportRenderer().render(shown)
    }
    try write(rendered)
    if settings.fails(report) { throw ExitStatus.findings }
  }

  /// Whether the text report is coloured (never in a file written with `-o`); configures
  /// Rainbow to match.
  func textIsColored() -> Bool {
    let colored = output == nil && TerminalColor.isEnabled(flag: color)
    TerminalColor.configureRainbow(colored)
    return colored
  }

  /// Writes the whole report to `-o FILE` (atomically) or standard output.
  func write(_ rendered: String) throws {
    try reportingInputErrors {
      if let output {
        try AtomicFile.write(rendered, to: output)
      } else {
        FileHandle.standardOutput.write(Data(rendered.utf8))
      }
    }
  }
}

/// The report formats of `triglot audit`.
enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, html
}

/// The lowest severity that makes `triglot audit` exit 1 (`never`: none does).
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
  case info, warning, error, never

  /// Whether a finding of `audit` reaches the threshold.
  func isReached(by audit: ArticleAudit) -> Bool {
    guard let severity = Severity(rawValue: rawValue) else { return false }
    return audit.hasFinding(atLeast: severity)
  }
}

extension Severity: ExpressibleByArgument {}

extension AuditRuleID: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }

  public static var allValueStrings: [String] { Auditor.ruleIDs.map(\.rawValue) }
}
