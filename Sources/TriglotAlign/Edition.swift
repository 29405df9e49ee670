import TriglotText

/// One language edition of an article: its paragraphs in document order.
public struct Edition: Sendable, Hashable {
  /// The edition's language (``Language/uk``, ``Language/en`` or ``Language/ru``).
  public var language: Language
  /// Where the text came from (a path, "-" for standard input, or a caller's label).
  public var source: String
  /// The paragraphs, in document order; a paragraph's index is its position here.
  public var paragraphs: [TextSegment]
  /// Per paragraph, what it is on its page and where it sits in its file: for editions read
  /// from HTML or Markdown. Empty for plain text.
  public var origins: [ParagraphOrigin] = []

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

  /// Creates an edition from a file ``DocumentReader`` read: its paragraphs and, for HTML and
  /// Markdown, their origins.
  public init(language: Language, document: ReadDocument) {
    self.init(language: language, source: document.source, paragraphs: document.paragraphs)
    origins = document.origins
  }

  /// The origin of paragraph `index`, when the edition was read from HTML or Markdown.
  public func origin(of index: Int) -> ParagraphOrigin? {
    origins.indices.contains(index) ? origins[index] : nil
  }
}
