import TriglotAlign
import TriglotText

/// Runs the enabled audit rules over an aligned article.
///
/// ```swift
/// var auditor = Auditor()
/// auditor.disabled = ["moved"]
/// auditor.minimumSeverity = .warning
/// let findings = auditor.findings(in: context)
/// ```
public struct Auditor: Sendable {
  /// Every rule Triglot has, in the order of the rule table.
  public static let allRules: [any AuditRule] = [
    MissingRule(), NumberMismatchRule(), DateMismatchRule(), NameMismatchRule(),
    NameSpellingRule(), UntranslatedRule(), MixedScriptRule(), PartialRule(), MovedRule(),
  ]

  /// The ids of every rule, in the order of the rule table.
  public static var ruleIDs: [String] { allRules.map(\.id) }

  /// The rules to run (by default ``allRules``).
  public var rules: [any AuditRule]
  /// The ids of rules not to run.
  public var disabled: Set<String>
  /// Findings below this severity are left out.
  public var minimumSeverity: Severity

  /// Creates an auditor.
  public init(
    rules: [any AuditRule] = Auditor.allRules, disabled: Set<String> = [],
    minimumSeverity: Severity = .info
  ) {
    self.rules = rules
    self.disabled = disabled
    self.minimumSeverity = minimumSeverity
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
    let moved = findings.filter { $0.rule == MovedRule().id || $0.rule == PartialRule().id }
    findings.removeAll { finding in
      finding.rule == MissingRule().id && moved.contains { Self.explains($0, finding) }
    }
    let partial = Set(
      findings.filter { $0.rule == PartialRule().id }.map {
        [String($0.group), $0.edition?.rawValue ?? ""]
      })
    findings.removeAll { finding in
      Self.valueRules.contains(finding.rule)
        && partial.contains([String(finding.group), finding.edition?.rawValue ?? ""])
        && (finding.edition.flatMap { finding.values[$0] } ?? []).isEmpty
    }
    let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    return findings.filter { $0.severity >= minimumSeverity }.sorted {
      ($0.group, -$0.severity.rank, order[$0.rule] ?? 0)
        < ($1.group, -$1.severity.rank, order[$1.rule] ?? 0)
    }
  }

  /// The rules whose "lacks a value" findings a `partial` finding explains.
  static let valueRules: Set<String> = [
    NumberMismatchRule().id, DateMismatchRule().id, NameMismatchRule().id,
  ]

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
