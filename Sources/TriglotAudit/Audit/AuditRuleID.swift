/// The stable id of an audit rule, as `--disable` takes it and the JSON report writes it
/// ("number-mismatch"). Triglot's own rules have a constant each; a rule of a library user's own
/// makes its id with ``init(_:)``.
public struct AuditRuleID: RawRepresentable, Hashable, Comparable, Sendable,
  CustomStringConvertible
{
  /// The id as written ("number-mismatch").
  public var rawValue: String

  /// Creates an id from its written form.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an id from its written form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public var description: String { rawValue }

  public static func < (lhs: AuditRuleID, rhs: AuditRuleID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// ``MissingRule``.
  public static let missing = AuditRuleID("missing")
  /// ``NumberMismatchRule``.
  public static let numberMismatch = AuditRuleID("number-mismatch")
  /// ``DateMismatchRule``.
  public static let dateMismatch = AuditRuleID("date-mismatch")
  /// ``NameMismatchRule``.
  public static let nameMismatch = AuditRuleID("name-mismatch")
  /// ``NameSpellingRule``.
  public static let nameSpelling = AuditRuleID("name-spelling")
  /// ``UntranslatedRule``.
  public static let untranslated = AuditRuleID("untranslated")
  /// ``MixedScriptRule``.
  public static let mixedScript = AuditRuleID("mixed-script")
  /// ``PartialRule``.
  public static let partial = AuditRuleID("partial")
  /// ``MovedRule``.
  public static let moved = AuditRuleID("moved")
}
