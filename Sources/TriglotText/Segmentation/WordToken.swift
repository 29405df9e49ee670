/// A word found by ``WordTokenizer``.
public struct WordToken: Sendable, Hashable {
  /// What a word holds, from ICU's word-break rule status.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Letters (`Київ`, `п’ять`, `don't`, `U.S`).
    case letter
    /// A number (`25`, `1,5`, `3.14`).
    case number
    /// Another word-like run: ideographs, kana, or letters ICU does not classify.
    case other
  }

  /// The word as written.
  public var text: String
  /// What the word holds.
  public var kind: Kind
  /// Where the word sits in the text, in Unicode-scalar offsets.
  public var range: Range<Int>

  /// Creates a word token.
  public init(text: String, kind: Kind, range: Range<Int>) {
    self.text = text
    self.kind = kind
    self.range = range
  }
}
