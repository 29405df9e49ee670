import TriglotAlign
import TriglotText

/// The audit of one article: its findings and its coverage, with the queries reports need.
///
/// ```swift
/// let context = try AuditContext(editions: [uk, en, ru])
/// let audit = ArticleAudit(context: context, auditor: Auditor(disabled: [.moved]))
/// print(audit.coverage.editions[.en]?.paragraphs ?? 1, audit.findings.count)
/// ```
public struct ArticleAudit: Sendable {
  /// The audited article: alignment and paragraph facts.
  public var context: AuditContext
  /// The findings of the auditor's enabled rules, in group order.
  public var findings: [Finding]
  /// The coverage of the source edition by the others.
  public var coverage: Coverage
  /// How many findings a baseline of accepted findings hid (``accepting(_:article:)``); `nil`
  /// when no baseline was applied.
  public var acceptedCount: Int?

  /// Audits `context` with `auditor`, measuring coverage against `source` (by default the
  /// edition with article text in the most groups, see ``Coverage/defaultSource(_:)``).
  public init(context: AuditContext, auditor: Auditor = Auditor(), source: Language? = nil) {
    self.context = context
    findings = auditor.findings(in: context)
    coverage = Coverage(context, source: source)
  }

  /// The same audit with only the findings at or above `severity` (what `--min-severity`
  /// shows); coverage is unchanged.
  public func showing(atLeast severity: Severity) -> ArticleAudit {
    var shown = self
    shown.findings = findings.filter { $0.severity >= severity }
    return shown
  }

  /// The same audit without the findings `baseline` accepts (of `article`, when the baseline
  /// records several), counting them in ``acceptedCount``; coverage is unchanged.
  public func accepting(_ baseline: FindingBaseline, article: String? = nil) -> ArticleAudit {
    var kept = self
    let (findings, accepted) = baseline.partition(self, article: article)
    kept.findings = findings
    kept.acceptedCount = (acceptedCount ?? 0) + accepted
    return kept
  }

  /// Whether a finding reaches `severity`.
  public func hasFinding(atLeast severity: Severity) -> Bool {
    findings.contains { $0.severity >= severity }
  }

  /// The aligned editions in Triglot's order (uk, en, ru).
  public var editions: [Edition] {
    context.alignment.editions.sorted { $0.language < $1.language }
  }

  /// The findings that blame `language`.
  public func findings(blaming language: Language) -> [Finding] {
    findings.filter { $0.edition == language }
  }

  /// How many findings of each severity blame `language`.
  public func severityCounts(_ language: Language) -> [Severity: Int] {
    findings(blaming: language).reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
  }

  /// The findings of group `group`.
  public func findings(inGroup group: Int) -> [Finding] {
    findings.filter { $0.group == group }
  }

  /// The values to highlight in the `language` paragraphs of group `group`: every value a
  /// finding of the group shows for that edition, with the finding's severity and rule.
  public func highlights(_ language: Language, group: Int) -> [ValueHighlight] {
    findings(inGroup: group).flatMap { finding in
      (finding.values[language] ?? []).map {
        ValueHighlight(text: $0, severity: finding.severity, rule: finding.rule)
      }
    }
  }
}

/// A piece of a paragraph to highlight in a report: a value a finding names.
public struct ValueHighlight: Hashable, Sendable {
  /// The value as written.
  public var text: String
  /// The severity of the finding that names it.
  public var severity: Severity
  /// The rule of that finding.
  public var rule: AuditRuleID

  /// Creates a highlight.
  public init(text: String, severity: Severity, rule: AuditRuleID) {
    self.text = text
    self.severity = severity
    self.rule = rule
  }
}
