/// A piece of a text (a paragraph or a sentence) with where it sits in the original.
public struct TextSegment: Sendable, Hashable {
  /// The segment's text, trimmed of surrounding white space.
  public var text: String
  /// Where the trimmed text sits in the original, as offsets in Unicode scalars
  /// (code points) from the start of the text.
  public var range: Range<Int>

  /// Creates a segment.
  public init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
  }
}
