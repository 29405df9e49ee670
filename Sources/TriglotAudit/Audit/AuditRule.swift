/// One check of an audit: looks at an aligned article and reports findings.
///
/// A rule is a small value with a stable id (used by `--disable` and in the JSON), a default
/// severity it gives its findings, and a one-line description for the rule table.
public protocol AuditRule: Sendable {
  /// The rule's stable id ("number-mismatch").
  var id: AuditRuleID { get }
  /// The severity of the rule's findings.
  var severity: Severity { get }
  /// What the rule checks, in one line.
  var summary: String { get }
  /// The rule's findings in `context`, in group order.
  func findings(in context: AuditContext) -> [Finding]
}
