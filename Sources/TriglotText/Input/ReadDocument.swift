/// An edition file as ``DocumentReader`` read it: its paragraphs and how it was read.
public struct ReadDocument: Sendable, Equatable {
  /// Where it came from (a path, or "<stdin>").
  public var source: String
  /// Its format.
  public var format: InputFormat
  /// How the format was found.
  public var formatEvidence: DocumentReader.FormatEvidence
  /// The decoded bytes: the text, its encoding and how that was found, replaced bytes.
  public var decoded: TextDecoder.Result
  /// The paragraphs. For HTML and Markdown, the article's paragraphs, with ranges into the
  /// article text (``ExtractedArticle/text``).
  public var paragraphs: [TextSegment] = []
  /// Per paragraph, what it is on its page and where (HTML and Markdown; empty for text).
  public var origins: [ParagraphOrigin] = []
  /// What the HTML or Markdown reader found (nil for text).
  public var article: ExtractedArticle?
  /// Terminal escape sequences taken out of the decoded text (``ControlCharacterFilter``).
  public var removedEscapeSequences = 0
  /// Other control characters and noncharacters taken out of the decoded text.
  public var removedControlCharacters = 0

  /// Creates a read document.
  public init(
    source: String, format: InputFormat, formatEvidence: DocumentReader.FormatEvidence,
    decoded: TextDecoder.Result
  ) {
    self.source = source
    self.format = format
    self.formatEvidence = formatEvidence
    self.decoded = decoded
  }

  /// The edition's text: the decoded file for plain text, the article's paragraphs separated
  /// by blank lines for HTML and Markdown.
  public var text: String { article?.text ?? decoded.text }

  /// The language the page declares (`<html lang>`) when it is one Triglot knows.
  public var declaredLanguage: Language? {
    article?.declaredLanguage.flatMap(Language.init(rawValue:))
  }
}
