/// The language of one piece of text (usually a paragraph), as ``LanguageIdentifier`` sees it.
public struct LanguageGuess: Sendable, Hashable, Codable {
  /// The language: `uk`, `ru`, `en`, `other` (too few letters, another script or another Latin
  /// language), or `mixed` (two languages each hold a substantial share of the letters).
  public var language: Language
  /// How sure the identifier is, from 0 (a guess) to 1 (certain).
  public var confidence: Double
  /// How many letters (alphabetic characters) the text holds; apostrophes, digits and
  /// punctuation do not count.
  public var letterCount: Int

  /// Creates a guess.
  public init(language: Language, confidence: Double, letterCount: Int) {
    self.language = language
    self.confidence = confidence
    self.letterCount = letterCount
  }
}
