import Foundation

/// Errors of the audit module. Every message names the input and says what to do.
public enum TriglotAuditError: Error, Equatable, Sendable {
  /// A transliteration standard id that is not one of the Ukrainian standards.
  case unknownStandard(String, known: [String])
  /// A rule id that no rule has.
  case unknownRule(String, known: [AuditRuleID])
  /// A baseline file (`--baseline`) that is not a version-1 baseline; `source` names it.
  case invalidBaseline(source: String, reason: String)
}

extension TriglotAuditError: LocalizedError {
  public var errorDescription: String? {
    switch self {
    case .unknownStandard(let id, let known):
      "unknown standard '\(id)' for --standard; Ukrainian standards are: "
        + known.joined(separator: ", ")
    case .unknownRule(let id, let known):
      "unknown rule '\(id)' for --disable; rules are: "
        + known.map(\.rawValue).joined(separator: ", ")
    case .invalidBaseline(let source, let reason):
      "\(source): not a baseline of accepted findings: \(reason); write one with "
        + "--write-baseline FILE"
    }
  }
}
