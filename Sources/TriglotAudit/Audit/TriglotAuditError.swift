import Foundation

/// Errors of the audit module. Every message names the input and says what to do.
public enum TriglotAuditError: Error, Equatable, Sendable {
  /// A transliteration standard id that is not one of the Ukrainian standards.
  case unknownStandard(String, known: [String])
  /// A rule id that no rule has.
  case unknownRule(String, known: [AuditRuleID])
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
    }
  }
}
