import TriglotAlign
import TriglotText

/// The audit of one article: its findings and its coverage.
///
/// ```swift
/// let context = AuditContext(editions: [uk, en, ru])
/// let audit = ArticleAudit(context: context, auditor: Auditor(disabled: ["moved"]))
/// print(audit.coverage.editions[.en]?.paragraphs ?? 1, audit.findings.count)
/// ```
public struct ArticleAudit: Sendable {
  /// The audited article: alignment and paragraph facts.
  public var context: AuditContext
  /// The findings of the auditor's enabled rules, in group order.
  public var findings: [Finding]
  /// The coverage of the source edition by the others.
  public var coverage: Coverage

  /// Audits `context` with `auditor`, measuring coverage against `source` (by default the
  /// edition with article text in the most groups, see ``Coverage/defaultSource(_:)``).
  public init(context: AuditContext, auditor: Auditor = Auditor(), source: Language? = nil) {
    self.context = context
    findings = auditor.findings(in: context)
    coverage = Coverage(context, source: source)
  }
}
