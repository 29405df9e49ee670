/// The language of a whole document and of each of its paragraphs.
///
/// Made by ``LanguageIdentifier/identifyDocument(paragraphs:)``.
public struct LanguageIdentification: Sendable, Hashable, Codable {
  /// The document's language: the letter-weighted majority of its paragraphs, or `mixed` when a
  /// second edition language (uk, en, ru) holds a substantial share of the letters.
  public var language: Language
  /// How sure the identifier is about ``language``, from 0 to 1: the winning share of letters
  /// times the letter-weighted mean confidence of the paragraphs that voted for it.
  public var confidence: Double
  /// The number of letters in the whole document.
  public var letterCount: Int
  /// One guess per paragraph, in the order given.
  public var paragraphs: [LanguageGuess]

  /// Creates a document result.
  public init(
    language: Language, confidence: Double, letterCount: Int, paragraphs: [LanguageGuess]
  ) {
    self.language = language
    self.confidence = confidence
    self.letterCount = letterCount
    self.paragraphs = paragraphs
  }
}
