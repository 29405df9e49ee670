/// A Cyrillic spelling proposed by `ReverseTransliterator`, with how likely it is.
public struct ScoredCandidate: Sendable, Hashable, Codable {
  /// The Cyrillic spelling, in the letter case of the input (Title → Title, CAPS → CAPS).
  public let text: String
  /// How likely the spelling is, in 0…1: e^−cost, where the cost adds up the weights of the
  /// less usual readings the spelling needs. 1 means every letter was read the usual way (or the
  /// spelling is the name table's form of a known name).
  public let score: Double

  /// Creates a candidate.
  public init(text: String, score: Double) {
    self.text = text
    self.score = score
  }
}
