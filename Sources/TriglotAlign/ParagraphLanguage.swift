import TriglotText

/// The language of a paragraph or a whole file, as the aligner reports it, from
/// ``LanguageIdentifier``.
///
/// Package-internal: library users call ``LanguageIdentifier`` directly; this adds only the
/// aligner's fallback for paragraphs too short to tell.
package enum ParagraphLanguage {
  /// The confidence below which a Ukrainian-or-Russian guess on a paragraph of a Ukrainian or
  /// Russian edition gives way to the edition's language (a short title such as «Роль кластера
  /// Brave1» reads the same in both).
  static let trustedConfidence = 0.6

  static let identifier = LanguageIdentifier()

  /// The language `text` is written in (``Language/other`` when it has too few letters).
  package static func language(of text: String) -> Language {
    identifier.identify(text).language
  }

  /// The language of a paragraph of an edition in `expected`: the identifier's answer, or
  /// `expected` when the identifier cannot tell Ukrainian from Russian on a short Cyrillic
  /// paragraph of a Ukrainian or Russian edition.
  package static func language(of text: String, expected: Language) -> Language {
    language(of: text, guess: identifier.identify(text), expected: expected)
  }

  /// ``language(of:expected:)`` for a text whose identifier answer `guess` is already known.
  static func language(of text: String, guess: LanguageGuess, expected: Language) -> Language {
    let cyrillic: Set<Language> = [.uk, .ru]
    guard cyrillic.contains(expected) else { return guess.language }
    if guess.language == .other && guess.letterCount > 0 && isCyrillic(text) { return expected }
    if cyrillic.contains(guess.language) && guess.confidence < trustedConfidence {
      return expected
    }
    return guess.language
  }

  private static func isCyrillic(_ text: String) -> Bool {
    var cyrillic = 0
    var latin = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      switch UnicodeScript(scalar) {
      case .cyrillic: cyrillic += 1
      case .latin: latin += 1
      default: break
      }
    }
    return cyrillic > 0 && latin == 0
  }
}
