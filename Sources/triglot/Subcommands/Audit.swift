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
      Editions are text, saved web pages (.html, .htm) or Markdown (.md), by extension or \
      --input-format, in UTF-8, UTF-16 (with a byte-order mark), windows-1251, KOI8-R or \
      KOI8-U (detected; --encoding NAME forces one); 'triglot extract' shows what is read as \
      the article of a page.

      With article folders (DIR…: a folder holding uk, en and ru editions, any two or three, \
      as uk.txt, en.html, ru.md …, or a folder of such folders) every article is audited, on \
      all cores (--jobs N), and the output is written as the articles are done, in folder \
      order: one line per article, its findings under it, then the summary (articles, \
      paragraphs, coverage, findings by rule, the worst articles) and the totals. --corpus DIR \
      takes the article folders under DIR at any depth (a month of archive, 2026/11/03/slug/) \
      and prints the summary alone. --format json gives {"version":1,"articles":[…],\
      "failed":[…],"summary":{…}}; jsonl one line per article (its audit document plus \
      "path"); csv one row per finding; html with -o DIR a folder with index.html, a sortable \
      table of the articles linking one report per article. On a terminal a progress bar is \
      drawn on standard error (--quiet: none). Files a folder holds besides its editions are \
      named on standard error. An article that cannot be read is reported on standard error \
      and in the output, and the others are audited.

      With --manifest FILE ('-': standard input) the articles are the lines of a JSON Lines \
      file, {"id":…,"uk":PATH,"en":PATH,"ru":PATH} or "uk_text":TEXT …, and one JSON line of \
      results is written per line, in order, as soon as it is done: a worker that Spark's \
      RDD.pipe() or Hadoop Streaming runs as it is (see Docs/audit.md).

      With --names FILE (the newsroom's house style: CYRILLIC<TAB>LATIN[<TAB>NOTE] lines), \
      name-spelling checks the English edition against the listed spellings first and \
      --standard second: a listed name is never reported for differing from the standard.

      With --baseline FILE the findings a desk has accepted are hidden and counted, and do not \
      make the command exit 1. A finding is recognized by its rule, editions and values (or \
      its paragraph's text), not by its position, so it stays accepted when the article is \
      edited elsewhere. --write-baseline FILE records the findings of this run (all articles \
      of a folder run); give the same FILE to both to accept what is new.

      Exit codes: 0 no finding at or above --fail-on and coverage at or above --fail-under, \
      1 otherwise, 2 input or environment error (with folders: any article that cannot be \
      read; an unreadable or invalid --names file; output that cannot be written), 64 usage \
      error, 130 a run over folders or a manifest stopped by Ctrl-C (what was finished is \
      written whole). With --manifest: 0 once every line is answered (each result line says whether \
      its article "fails", or its "error"), 2 when the manifest cannot be read or the output \
      written.
      """)

  @OptionGroup var inputs: EditionInputs

  @Option(
    help: ArgumentHelp(
      "Output format: text (the default), json, html; with folders, --corpus or --manifest "
        + "also jsonl and csv.", valueName: "FORMAT"))
  var format: AuditFormat?

  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "Audit every article folder under DIR, at any depth (repeatable).", valueName: "DIR"))
  var corpora: [String] = []

  @Option(
    help: ArgumentHelp(
      "Audit the articles listed in this JSON Lines file ('-': standard input), one result "
        + "line per line.", valueName: "FILE"))
  var manifest: String?

  @Option(
    help: ArgumentHelp(
      "How many articles are audited at once with folders, --corpus or --manifest (default: "
        + "one per core).", valueName: "N"))
  var jobs: Int?

  @Flag(help: "Draw no progress bar (drawn only when standard error is a terminal).")
  var quiet = false

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "Write the report to FILE (atomically) instead of standard output; with --format html "
        + "and folders, the folder to make.",
      valueName: "FILE"))
  var output: String?

  @Flag(help: "Replace an existing -o FILE, --write-baseline FILE or report folder.")
  var force = false

  @Option(
    name: .customLong("disable"),
    help: ArgumentHelp(
      "Turn a rule off (repeatable). The rules, with the severity of their findings:",
      valueName: "RULE"))
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

  @Option(
    help: ArgumentHelp(
      "Hide the findings this file records as accepted (written by --write-baseline); the "
        + "report says how many it hid.", valueName: "FILE"))
  var baseline: String?

  @Option(
    help: ArgumentHelp(
      "Record the findings at or above --min-severity as accepted, in FILE (written "
        + "atomically), for later runs' --baseline.", valueName: "FILE"))
  var writeBaseline: String?

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
    let many = !inputs.folders.isEmpty || !corpora.isEmpty
    if let manifest {
      if many || !inputs.files.isEmpty || !inputs.namedLanguages.isEmpty {
        throw ValidationError(
          "--manifest \(manifest) lists the articles: give no edition files or folders besides it")
      }
      if let format, format != .jsonl {
        throw ValidationError(
          "--manifest writes JSON Lines, one result line per manifest line: drop --format "
            + "\(format.rawValue) (or give --format jsonl)")
      }
    } else if !corpora.isEmpty, !inputs.files.isEmpty, inputs.folders.isEmpty {
      throw ValidationError(
        "--corpus takes folders of articles: give no edition files besides it (or give the "
          + "files alone for one article)")
    } else if !many {
      try inputs.validateEditionCount()
      if let format, format == .jsonl || format == .csv {
        throw ValidationError(
          "--format \(format.rawValue) is for many articles (folders, --corpus, --manifest); "
            + "one article takes --format text, json or html")
      }
    } else if format == .html, output == nil {
      throw ValidationError(
        "--format html with article folders writes a folder of reports: give it with -o DIR "
          + "(index.html links one report per article)")
    }
    if let jobs, jobs < 1 {
      throw ValidationError("--jobs must be 1 or more; got \(jobs)")
    }
  }

  /// The output format: `--format`, else JSON Lines for `--manifest` and text otherwise.
  var chosenFormat: AuditFormat { format ?? (manifest == nil ? .text : .jsonl) }

  func run() throws {
    let targets = try reportingInputErrors { try outputTargets() }
    let auditor = try reportingInputErrors {
      try settings.auditor(
        houseNames: try names.map {
          try HouseNames(parsing: try InputReader.text(of: $0), source: $0)
        })
    }
    if let manifest {
      try auditManifest(manifest, with: auditor, targets: targets)
    } else if inputs.folders.isEmpty && corpora.isEmpty {
      try auditArticle(with: auditor, targets: targets)
    } else {
      try auditCorpus(with: auditor, targets: targets)
    }
  }

  /// The files a run writes, checked before it reads an article (``OutputPath``).
  struct OutputTargets {
    /// `-o FILE` as written (nil: standard output, or the report folder of `--format html`
    /// with folders, which ``CorpusHTMLIndex`` checks).
    var report: String?
    /// `--write-baseline FILE` as written.
    var baseline: String?
  }

  /// Checks `-o` and `--write-baseline` against the inputs and what is at their paths.
  func outputTargets() throws -> OutputTargets {
    let readFiles =
      inputs.files
      + [inputs.ukrainian, inputs.english, inputs.russian, baseline, names, manifest]
      .compactMap { $0 }
    let folderReport =
      chosenFormat == .html && manifest == nil
      && !(inputs.folders.isEmpty && corpora.isEmpty)
    return OutputTargets(
      report: try output.flatMap {
        folderReport
          ? nil
          : try OutputPath(checking: $0, option: "-o", force: force, inputs: readFiles).resolved
      },
      baseline: try writeBaseline.map { path in
        // `--baseline F --write-baseline F` updates the accepted findings in place, as
        // Docs/audit.md shows: F is read whole before any article, so it may be replaced.
        let updating = baseline.map { OutputPath.areSameFile($0, path) } ?? false
        return try OutputPath(
          checking: path, option: "--write-baseline", force: force || updating,
          inputs: updating ? readFiles.filter { $0 != baseline } : readFiles
        ).resolved
      })
  }

  /// `triglot audit --uk F --en F --ru F` or `triglot audit F F [F]`: one article.
  private func auditArticle(with auditor: Auditor, targets: OutputTargets) throws {
    let settings = settings
    let accepted = try readBaseline()
    let full = try reportingInputErrors {
      try settings.audit(try inputs.editions(), with: auditor)
    }
    let report = accepted.map { full.accepting($0) } ?? full
    let shown = settings.shown(report)
    let rendered: String
    switch chosenFormat {
    case .text, .jsonl, .csv:  // `validate()` turns jsonl and csv away for one article.
      rendered = TextReportRenderer(colored: textIsColored(), width: TerminalWidth.columns())
        .render(shown)
    case .json:
      rendered = try AuditJSONDocument(shown).encoded()
    case .html:
      rendered = HTMLReportRenderer().render(shown)
    }
    try write(rendered, to: targets.report)
    try recordBaseline(FindingBaseline(accepting: settings.shown(full)), to: targets.baseline)
    if settings.fails(report) {
      noteFailure(report)
      throw ExitStatus.findings
    }
  }

  /// Prints on standard error why `report` (of `article`, when one of several) fails, where the
  /// report does not show it.
  func noteFailure(_ report: ArticleAudit, article: String? = nil) {
    for reason in settings.failureReasons(report) {
      printError("triglot: exit 1: \(article.map { "\($0): " } ?? "")\(reason)")
    }
  }

  /// Whether the text report is coloured (never in a file written with `-o`); configures
  /// Rainbow to match.
  func textIsColored() -> Bool {
    let colored = output == nil && TerminalColor.isEnabled(flag: color)
    TerminalColor.configureRainbow(colored)
    return colored
  }

  /// The accepted findings of `--baseline FILE`, read before any article is audited.
  func readBaseline() throws -> FindingBaseline? {
    guard let baseline else { return nil }
    return try reportingInputErrors {
      try FindingBaseline(json: Data(try InputReader.bytes(of: baseline)), source: baseline)
    }
  }

  /// Writes `accepted` to `--write-baseline FILE` (atomically), if given; the baseline is built
  /// only then, since its entries fingerprint paragraph texts.
  func recordBaseline(_ accepted: @autoclosure () -> FindingBaseline, to path: String?) throws {
    guard let path else { return }
    let baseline = accepted()
    try reportingInputErrors { try AtomicFile.write(baseline.json(), to: path) }
  }

  /// Writes the whole report to `path` (atomically) or, for nil, standard output.
  func write(_ rendered: String, to path: String?) throws {
    try reportingInputErrors {
      if let path {
        try AtomicFile.write(rendered, to: path)
      } else {
        try StandardOutput.write(rendered)
      }
    }
  }
}

/// The report formats of `triglot audit`.
enum AuditFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, jsonl, csv, html
}

extension Severity: ExpressibleByArgument {}

extension AuditRuleID: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }

  public static var allValueStrings: [String] { Auditor.ruleIDs.map(\.rawValue) }

  /// Each rule's severity and summary, which `--help` lists under `--disable` with its
  /// continuation lines indented (a list in the discussion wrapped back to column 0).
  public static var allValueDescriptions: [String: String] {
    Dictionary(
      uniqueKeysWithValues: Auditor.allRules.map {
        ($0.id.rawValue, "(\($0.severity.rawValue)) \($0.summary)")
      })
  }
}
