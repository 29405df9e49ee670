import TriglotText

/// One language edition of an article: its paragraphs in document order.
public struct Edition: Sendable, Hashable {
  /// The edition's language (``Language/uk``, ``Language/en`` or ``Language/ru``).
  public var language: Language
  /// Where the text came from (a path, "-" for standard input, or a caller's label).
  public var source: String
  /// The paragraphs, in document order; a paragraph's index is its position here.
  public var paragraphs: [TextSegment]

  /// Creates an edition from paragraphs already split.
  public init(language: Language, source: String, paragraphs: [TextSegment]) {
    self.language = language
    self.source = source
    self.paragraphs = paragraphs
  }

  /// Creates an edition by splitting `text` into paragraphs with ``ParagraphSplitter``.
  public init(language: Language, source: String, text: String) {
    self.init(
      language: language, source: source, paragraphs: ParagraphSplitter.paragraphs(in: text))
  }
}
