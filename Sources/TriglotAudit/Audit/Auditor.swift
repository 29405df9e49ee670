import TriglotAlign
import TriglotText

/// Runs the enabled audit rules over an aligned article.
///
/// ```swift
/// var auditor = try Auditor(spellingStandard: "kmu-2010")
/// auditor.disabled = [.moved]
/// let findings = auditor.findings(in: context)
/// ```
public struct Auditor: Sendable {
  /// Every rule Triglot has, in the order of the rule table.
  public static let allRules: [any AuditRule] = [
    MissingRule(), NumberMismatchRule(), DateMismatchRule(), NameMismatchRule(),
    NameSpellingRule(), UntranslatedRule(), MixedScriptRule(), PartialRule(), MovedRule(),
  ]

  /// The ids of every rule, in the order of the rule table.
  public static var ruleIDs: [AuditRuleID] { allRules.map(\.id) }

  /// The rules to run (by default ``allRules``).
  public var rules: [any AuditRule]
  /// The ids of rules not to run.
  public var disabled: Set<AuditRuleID>

  /// Creates an auditor.
  public init(rules: [any AuditRule] = Auditor.allRules, disabled: Set<AuditRuleID> = []) {
    self.rules = rules
    self.disabled = disabled
  }

  /// Creates an auditor whose `name-spelling` rule also checks English names against the
  /// Ukrainian transliteration standard with id `spellingStandard` ("kmu-2010"); the standard's
  /// rules are compiled here, once, however many articles the auditor then checks.
  ///
  /// - Throws: ``TriglotAuditError/unknownStandard(_:known:)`` for an id that is not a Ukrainian
  ///   standard, or the ICU error compiling it.
  public init(spellingStandard id: String, disabled: Set<AuditRuleID> = []) throws {
    try self.init(spellingStandard: id, houseNames: nil, disabled: disabled)
  }

  /// Creates an auditor whose `name-spelling` rule checks English names against a newsroom's
  /// house style first (`houseNames`: Юсов → Yusov, Вагнер → Wagner) and against the Ukrainian
  /// transliteration standard with id `spellingStandard` second; either may be nil. The
  /// standard's rules are compiled here, once.
  ///
  /// - Throws: ``TriglotAuditError/unknownStandard(_:known:)`` for an id that is not a Ukrainian
  ///   standard, or the ICU error compiling it.
  public init(
    spellingStandard id: String?, houseNames: HouseNames?, disabled: Set<AuditRuleID> = []
  ) throws {
    var standard: NameSpellingRule.Standard?
    var standardName: String?
    if let id {
      guard let found = TransliterationStandard.standard(id: id, language: .uk) else {
        throw TriglotAuditError.unknownStandard(
          id, known: TransliterationStandard.standards(for: .uk).map(\.id))
      }
      let transliterator = try Transliterator(found)
      standard = { (try? transliterator.transliterate($0)) ?? $0 }
      standardName = found.id
    }
    let spelling = NameSpellingRule(
      standard: standard, standardName: standardName,
      houseNames: houseNames.flatMap { $0.isEmpty ? nil : $0 })
    self.init(
      rules: Auditor.allRules.map { $0.id == spelling.id ? spelling : $0 }, disabled: disabled)
  }

  /// The findings of the enabled rules in `context`, ordered by group, then by descending
  /// severity, then by rule-table order.
  ///
  /// A `moved` finding, or a `partial` one that pairs two neighbouring groups, explains the gaps
  /// its pair of paragraphs leaves, so the `missing` findings for those gaps are dropped; a
  /// `partial` finding explains why its edition lacks values the
  /// others state, so the number, date and name findings that only report such lacks are dropped.
  public func findings(in context: AuditContext) -> [Finding] {
    let enabled = rules.filter { !disabled.contains($0.id) }
    var findings = enabled.flatMap { $0.findings(in: context) }
    let moved = findings.filter { $0.rule == .moved || $0.rule == .partial }
    findings.removeAll { finding in
      finding.rule == .missing && moved.contains { Self.explains($0, finding) }
    }
    let partial = Set(
      findings.filter { $0.rule == .partial }.map {
        GroupEdition(group: $0.group, edition: $0.edition)
      })
    findings.removeAll { finding in
      Self.valueRules.contains(finding.rule)
        && partial.contains(GroupEdition(group: finding.group, edition: finding.edition))
        && (finding.edition.flatMap { finding.values[$0] } ?? []).isEmpty
    }
    let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    return findings.sorted {
      ($0.group, -$0.severity.rank, order[$0.rule] ?? 0)
        < ($1.group, -$1.severity.rank, order[$1.rule] ?? 0)
    }
  }

  /// The rules whose "lacks a value" findings a `partial` finding explains.
  static let valueRules: Set<AuditRuleID> = [.numberMismatch, .dateMismatch, .nameMismatch]

  /// A group and the edition a finding blames in it.
  private struct GroupEdition: Hashable {
    var group: Int
    var edition: Language?
  }

  /// Whether `moved` pairs the paragraphs whose absence `missing` reports.
  static func explains(_ moved: Finding, _ missing: Finding) -> Bool {
    guard let lacking = missing.edition, !(moved.paragraphs[lacking] ?? []).isEmpty,
      missing.paragraphs[lacking]?.isEmpty ?? true
    else { return false }
    return missing.paragraphs.contains { language, indices in
      !indices.isEmpty && Set(indices).isSubset(of: moved.paragraphs[language] ?? [])
    }
  }
}
