/// What an HTML or Markdown reader found in a page: the article's paragraphs in order, what it
/// left out and why, and what the page says about itself.
public struct ExtractedArticle: Sendable, Hashable {
  /// The article's paragraphs, in document order.
  public var paragraphs: [ArticleParagraph]
  /// The parts of the page left out as furniture, in document order.
  public var dropped: [DroppedBlock]
  /// The language the page declares (`<html lang>`), lower case without region ("uk"), if any.
  public var declaredLanguage: String?
  /// The element taken as the article ("<article class="article"> at line 133"), for people.
  public var container: String

  /// Creates an extraction result.
  public init(
    paragraphs: [ArticleParagraph], dropped: [DroppedBlock], declaredLanguage: String?,
    container: String
  ) {
    self.paragraphs = paragraphs
    self.dropped = dropped
    self.declaredLanguage = declaredLanguage
    self.container = container
  }

  /// The article as plain text: the paragraphs separated by blank lines, as `triglot extract
  /// --format plain` prints it.
  public var text: String { paragraphs.map(\.text).joined(separator: "\n\n") }

  /// The paragraphs as segments of ``text``, with their Unicode-scalar ranges in it.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public var segments: [TextSegment] {
    var offset = 0
    return paragraphs.map { paragraph in
      let length = paragraph.text.unicodeScalars.count
      defer { offset += length + 2 }
      return TextSegment(text: paragraph.text, range: offset..<(offset + length))
    }
  }
}
