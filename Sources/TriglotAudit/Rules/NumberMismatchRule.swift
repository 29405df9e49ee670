/// `number-mismatch`: aligned paragraphs whose numbers differ after locale normalization.
///
/// Numbers are compared by their normalized value, so "1 200", "1,200", "1.2 thousand" and
/// "1,2 тис." agree, as do "30%" and "30 %" or "1.5 billion" and "1,5 млрд"; a number one
/// edition writes in words ("семеро", "seven") answers the digits of another. Editions that
/// state different numbers are an error; a number only some editions give is a warning. The
/// finding shows which numbers differ in which edition.
public struct NumberMismatchRule: AuditRule {
  public let id = AuditRuleID.numberMismatch
  public let severity = Severity.error
  public let summary = "aligned paragraphs whose numbers differ after locale normalization"

  /// Creates the rule.
  public init() {}

  public func findings(in context: AuditContext) -> [Finding] {
    ValueMismatchFinder(
      rule: id, severity: severity, noun: "number", values: \.numbers, answers: \.numberAnswers
    ).findings(in: context)
  }
}
