import TriglotAlign
import TriglotAudit
import TriglotText

/// What an audit is asked for besides its editions: the rules turned off, the findings shown,
/// when it fails, the coverage source and the transliteration standard of name spellings.
/// `triglot audit` fills it from its options and `POST /v1/audit` from its JSON `options`; both
/// check, audit and gate through it, so the command and the server answer alike.
struct AuditSettings: Sendable {
  /// The rules not to run (`--disable`).
  var disabled: [AuditRuleID] = []
  /// The lowest severity shown (`--min-severity`).
  var minSeverity: Severity = .info
  /// The lowest severity that fails the audit (`--fail-on`).
  var failOn: FailThreshold = .error
  /// The lowest coverage, in percent, that passes (`--fail-under`).
  var failUnder: Double?
  /// The edition coverage is measured against (`--source`); nil for the default.
  var source: Language?
  /// The Ukrainian transliteration standard English names are checked against (`--standard`).
  var standard: String?
  /// How messages name the options.
  var naming: OptionNaming

  /// Checks what a parser cannot: the standard and the rules exist, the percentage is one.
  func validate() throws(AuditSettingsError) {
    if let standard, TransliterationStandard.standard(id: standard, language: .uk) == nil {
      throw .unknownStandard(
        standard, option: naming.name("standard"),
        known: TransliterationStandard.standards(for: .uk).map(\.id))
    }
    let known = Set(Auditor.ruleIDs)
    if let unknown = disabled.first(where: { !known.contains($0) }) {
      throw .unknownRule(unknown, option: naming.name("disable"), known: Auditor.ruleIDs)
    }
    if let failUnder, !(0...100).contains(failUnder) {
      throw .notAPercentage(failUnder, option: naming.name("failUnder"))
    }
  }

  /// The auditor of these settings; `houseNames` (a `--names` list) is checked before the
  /// standard. Built once for an archive: with a standard it compiles the standard's rules.
  ///
  /// - Throws: the ICU error compiling the standard.
  func auditor(houseNames: HouseNames?) throws -> Auditor {
    standard == nil && houseNames == nil
      ? Auditor(disabled: Set(disabled))
      : try Auditor(spellingStandard: standard, houseNames: houseNames, disabled: Set(disabled))
  }

  /// Aligns and audits `editions` with `auditor`, measuring coverage against the chosen source:
  /// every finding, shown or not (``shown(_:)`` leaves out those below ``minSeverity``).
  ///
  /// - Throws: ``AuditSettingsError/sourceNotGiven(_:option:)`` when ``source`` names a
  ///   language none of `editions` has; the aligner's errors.
  func audit(_ editions: [Edition], with auditor: Auditor) throws -> ArticleAudit {
    if let source, !editions.contains(where: { $0.language == source }) {
      throw AuditSettingsError.sourceNotGiven(source, option: naming.name("source"))
    }
    return ArticleAudit(
      context: try AuditContext(editions: editions), auditor: auditor, source: source)
  }

  /// `report` with only the findings at or above ``minSeverity``.
  func shown(_ report: ArticleAudit) -> ArticleAudit {
    report.showing(atLeast: minSeverity)
  }

  /// Whether `report` fails: a finding reaches ``failOn`` (shown or not), or a coverage is
  /// below ``failUnder``. `triglot audit` then exits 1.
  func fails(_ report: ArticleAudit) -> Bool {
    failOn.isReached(by: report)
      || (failUnder.map { report.coverage.minimum * 100 < $0 } ?? false)
  }

  /// Why `report` fails where a report does not show it: each edition's coverage below
  /// ``failUnder`` (in paragraphs or characters, whichever is lower, and by how much), and
  /// findings that reach ``failOn`` while ``minSeverity`` hides them. `triglot audit` prints
  /// these on standard error when it exits 1.
  func failureReasons(_ report: ArticleAudit) -> [String] {
    var reasons: [String] = []
    if failOn.isReached(by: report), let threshold = Severity(rawValue: failOn.rawValue) {
      let reaching = report.findings.filter { $0.severity >= threshold }
      let hidden = reaching.filter { $0.severity < minSeverity }.count
      if hidden > 0 {
        reasons.append(
          "\(reaching.count) finding\(reaching.count == 1 ? "" : "s") at or above "
            + "\(naming.name("failOn")) "
            + "\(failOn.rawValue), \(hidden) of them below \(naming.name("minSeverity")) "
            + "\(minSeverity.rawValue) and not shown")
      }
    }
    if let failUnder {
      for (language, share) in report.coverage.editions.sorted(by: { $0.key < $1.key }) {
        let (lowest, measure) =
          share.paragraphs <= share.characters
          ? (share.paragraphs, "paragraphs") : (share.characters, "characters")
        guard lowest * 100 < failUnder else { continue }
        reasons.append(
          "the \(language.englishName) edition covers \(Percent.text(lowest)) of the "
            + "\(report.coverage.source.englishName) edition's \(measure), below \(naming.name("failUnder")) "
            + "\(Self.number(failUnder)) by \(Self.number(failUnder - lowest * 100)) points")
      }
    }
    return reasons
  }

  /// A percentage as the user would write it: "95", "4.4".
  private static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
