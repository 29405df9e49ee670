/// `date-mismatch`: aligned paragraphs that state different dates.
///
/// Dates are compared by day, month and (when given) year, whatever the language and case:
/// "July 25", "25 липня", "25-го липня" and "25 июля" agree; "26 липня" does not.
public struct DateMismatchRule: AuditRule {
  public let id = AuditRuleID.dateMismatch
  public let severity = Severity.error
  public let summary = "aligned paragraphs that state different dates"

  /// Creates the rule.
  public init() {}

  public func findings(in context: AuditContext) -> [Finding] {
    ValueMismatchFinder(rule: id, severity: severity, noun: "date", values: \.dates)
      .findings(in: context)
  }
}
