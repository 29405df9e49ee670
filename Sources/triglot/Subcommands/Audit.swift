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

  func validate() throws {
    if let standard, TransliterationStandard.standard(id: standard, language: .uk) == nil {
      throw ValidationError(
        TriglotAuditError.unknownStandard(
          standard, known: TransliterationStandard.standards(for: .uk).map(\.id)
        ).errorDescription!)
    }
    let known = Set(Auditor.ruleIDs)
    if let unknown = disabled.first(where: { !known.contains($0) }) {
      throw ValidationError(
        TriglotAuditError.unknownRule(unknown.rawValue, known: Auditor.ruleIDs).errorDescription!)
    }
    if let failUnder, !(0...100).contains(failUnder) {
      throw ValidationError("--fail-under must be a percentage from 0 to 100, not \(failUnder)")
    }
    if !inputs.folders.isEmpty, format == .html {
      throw ValidationError(
        "--format html reports one article: give its edition files (--uk F --en F --ru F "
          + "--format html -o report.html); article folders take --format text or json")
    }
  }

  func run() throws {
    // Built once: with --standard it compiles the standard's rules, which an archive of many
    // articles then shares.
    let auditor = try reportingInputErrors {
      let house = try names.map {
        try HouseNames(parsing: try InputReader.text(of: $0), source: $0)
      }
      return standard == nil && house == nil
        ? Auditor(disabled: Set(disabled))
        : try Auditor(spellingStandard: standard, houseNames: house, disabled: Set(disabled))
    }
    if inputs.folders.isEmpty {
      try auditArticle(with: auditor)
    } else {
      try auditArchive(with: auditor)
    }
  }

  /// `triglot audit --uk F --en F --ru F` or `triglot audit F F [F]`: one article.
  private func auditArticle(with auditor: Auditor) throws {
    let report = try reportingInputErrors { try audit(try inputs.editions(), with: auditor) }
    let shown = shown(report)
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
    if fails(report) { throw ExitStatus.findings }
  }

  /// Audits `editions` with `auditor` and the chosen source: every finding, shown or not.
  func audit(_ editions: [Edition], with auditor: Auditor) throws -> ArticleAudit {
    if let source, !editions.contains(where: { $0.language == source.language }) {
      throw CLIError(
        "--source \(source.language.rawValue): no \(source.language.englishName) edition "
          + "was given"
      )
    }
    return ArticleAudit(
      context: try AuditContext(editions: editions), auditor: auditor, source: source?.language)
  }

  /// `report` with only the findings at or above `--min-severity`.
  func shown(_ report: ArticleAudit) -> ArticleAudit {
    report.showing(atLeast: minSeverity)
  }

  /// Whether `report` makes the command exit 1: a finding reaches `--fail-on` (shown or not),
  /// or a coverage is below `--fail-under`.
  func fails(_ report: ArticleAudit) -> Bool {
    failOn.isReached(by: report)
      || (failUnder.map { report.coverage.minimum * 100 < $0 } ?? false)
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
