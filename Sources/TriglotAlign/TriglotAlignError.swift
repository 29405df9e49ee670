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
  /// A text whose language was to be detected reads as none of uk, en and ru.
  case unclearLanguage(source: String)
  /// Two texts whose languages were to be detected read as the same language.
  case sameDetectedLanguage(Language, sources: [String])
  /// ICU could not split a paragraph into sentences (`paragraph` counts from 0).
  case sentenceSplitting(source: String, paragraph: Int, reason: String)
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
    case .unclearLanguage(let source):
      "\(source): cannot tell whether it is Ukrainian, English or Russian; "
        + "name the editions with --uk, --en and --ru"
    case .sameDetectedLanguage(let language, let sources):
      "\(sources.joined(separator: " and ")) both look \(language.englishName); "
        + "give one edition per language, or name them with --uk, --en and --ru"
    case .sentenceSplitting(let source, let paragraph, let reason):
      "\(source): paragraph \(paragraph + 1) could not be split into sentences (\(reason)); "
        + "check that the system ICU library (libicu) is installed and complete"
    }
  }
}
