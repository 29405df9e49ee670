/// What a paragraph of an HTML or Markdown edition is on its page and where it sits there:
/// carried with the edition so that reports can point to the element.
public struct ParagraphOrigin: Sendable, Hashable {
  /// What the paragraph is on the page (headline, body, caption …).
  public var kind: ParagraphKind
  /// Where it sits in its file.
  public var position: SourcePosition

  /// Creates an origin.
  public init(kind: ParagraphKind, position: SourcePosition) {
    self.kind = kind
    self.position = position
  }
}
