import TriglotText

/// A set of paragraphs, at most a few per edition, that say the same thing.
///
/// A group with paragraphs in one edition only is an omission in the others (or boilerplate).
public struct AlignmentGroup: Sendable, Hashable {
  /// For each language, the indices of its paragraphs in this group (ascending, possibly empty).
  public var paragraphs: [Language: [Int]]
  /// How sure the aligner is, in 0…1.
  public var confidence: Double

  /// Creates a group.
  public init(paragraphs: [Language: [Int]], confidence: Double) {
    self.paragraphs = paragraphs
    self.confidence = confidence
  }

  /// The paragraph indices of `language` in this group (empty when it has none).
  public subscript(language: Language) -> [Int] {
    paragraphs[language] ?? []
  }
}
