import Foundation
import TriglotAudit
import TriglotText

/// A value of ``AuditSettings`` that cannot be used, named as the user gave it (`--disable` on
/// the command line, `options.disable` in a request).
enum AuditSettingsError: Error, Equatable, LocalizedError {
  /// A transliteration standard id that is not one of the Ukrainian standards.
  case unknownStandard(String, option: String, known: [String])
  /// A rule id that no rule has.
  case unknownRule(AuditRuleID, option: String, known: [AuditRuleID])
  /// A coverage threshold outside 0…100.
  case notAPercentage(Double, option: String)
  /// A coverage source of a language no edition has.
  case sourceNotGiven(Language, option: String)

  var errorDescription: String? {
    switch self {
    case .unknownStandard(let id, let option, let known):
      "unknown standard '\(id)' for \(option); Ukrainian standards are: "
        + known.joined(separator: ", ")
    case .unknownRule(let id, let option, let known):
      "unknown rule '\(id)' for \(option); rules are: "
        + known.map(\.rawValue).joined(separator: ", ")
    case .notAPercentage(let value, let option):
      "\(option) must be a percentage from 0 to 100, not \(value)"
    case .sourceNotGiven(let language, let option):
      "\(option) \(language.rawValue): no \(language.englishName) edition was given"
    }
  }
}
