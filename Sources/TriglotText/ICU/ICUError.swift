import CICU

/// A failure reported by the system ICU library.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
  /// ICU's status code (a `UErrorCode` value; always > 0 here).
  public var status: Int32
  /// What Triglot was doing ("normalizing to NFC", "compiling rules 'kmu-2010'").
  public var operation: String
  /// Where in transform rules the problem is, when ICU reports it.
  public var ruleLine: Int?
  /// The rule text just before the problem, when ICU reports it.
  public var ruleContext: String?

  /// Creates an error for `status` that happened during `operation`.
  public init(status: Int32, operation: String, ruleLine: Int? = nil, ruleContext: String? = nil) {
    self.status = status
    self.operation = operation
    self.ruleLine = ruleLine
    self.ruleContext = ruleContext
  }

  /// ICU's name of the status ("U_ILLEGAL_ARGUMENT_ERROR").
  public var name: String { String(cString: cicu_error_name(status)) }

  public var description: String {
    var text = "ICU failed while \(operation): \(name)"
    if let ruleLine { text += " at rule \(ruleLine)" }
    if let ruleContext, !ruleContext.isEmpty { text += " after “\(ruleContext)”" }
    return text
  }

  /// Throws when `status` is an ICU failure (> 0).
  @inlinable
  static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
    if status > 0 { throw ICUError(status: status, operation: operation()) }
  }
}
