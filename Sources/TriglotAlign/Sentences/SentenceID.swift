/// One sentence of an edition: the paragraph it is in, and its place among that paragraph's
/// sentences (both from 0), as ``TriglotText/SentenceSplitter`` splits the paragraph.
public struct SentenceID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The index of the paragraph in its edition.
  public var paragraph: Int
  /// The index of the sentence in its paragraph.
  public var sentence: Int

  /// Creates a sentence id.
  public init(paragraph: Int, sentence: Int) {
    self.paragraph = paragraph
    self.sentence = sentence
  }

  /// "3.1": sentence 1 of paragraph 3.
  public var description: String { "\(paragraph).\(sentence)" }

  public static func < (lhs: SentenceID, rhs: SentenceID) -> Bool {
    (lhs.paragraph, lhs.sentence) < (rhs.paragraph, rhs.sentence)
  }
}
