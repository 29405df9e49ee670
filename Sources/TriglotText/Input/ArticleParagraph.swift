/// A paragraph an HTML or Markdown reader took as part of the article: its text, what it is on
/// the page, and where.
public struct ArticleParagraph: Sendable, Hashable {
  /// The text, entities decoded and white space collapsed.
  public var text: String
  /// What the paragraph is on the page.
  public var kind: ParagraphKind
  /// Where it sits in the file.
  public var position: SourcePosition

  /// Creates a paragraph.
  public init(text: String, kind: ParagraphKind, position: SourcePosition) {
    self.text = text
    self.kind = kind
    self.position = position
  }

  /// What the paragraph is and where, without its text.
  public var origin: ParagraphOrigin { ParagraphOrigin(kind: kind, position: position) }
}
