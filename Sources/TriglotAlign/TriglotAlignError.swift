import Foundation
import TriglotText

/// Errors of the alignment module. Every message names the input and says what to do.
public enum TriglotAlignError: Error, Equatable, Sendable {
  /// Fewer than two editions were given.
  case tooFewEditions(count: Int)
  /// Two editions have the same language.
  case duplicateLanguage(Language, sources: [String])
  /// An edition's language is not one of uk, en, ru.
  case unsupportedLanguage(Language, source: String)
}

extension TriglotAlignError: LocalizedError {
  public var errorDescription: String? {
    switch self {
    case .tooFewEditions(let count):
      "aligning needs two or three editions (uk, en, ru), got \(count); give at least two files"
    case .duplicateLanguage(let language, let sources):
      "\(sources.joined(separator: " and ")) are both \(language.englishName) "
        + "(\(language.rawValue)); give one edition per language"
    case .unsupportedLanguage(let language, let source):
      "\(source): edition language '\(language.rawValue)' is not uk, en or ru"
    }
  }
}
