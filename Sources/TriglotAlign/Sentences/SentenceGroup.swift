import TriglotText

/// A set of sentences, at most a few per edition, that say the same thing: the sentence-level
/// counterpart of ``AlignmentGroup``, inside one paragraph group.
///
/// A group with sentences in one edition only is a sentence the other editions leave out.
public struct SentenceGroup: Sendable, Hashable {
  /// For each language, its sentences in this group (ascending, possibly empty).
  public var sentences: [Language: [SentenceID]]
  /// How sure the aligner is, in 0…1.
  public var confidence: Double

  /// Creates a group.
  public init(sentences: [Language: [SentenceID]], confidence: Double) {
    self.sentences = sentences
    self.confidence = confidence
  }

  /// The sentences of `language` in this group (empty when it has none).
  public subscript(language: Language) -> [SentenceID] {
    sentences[language] ?? []
  }

  /// The languages that have at least one sentence in the group, in canonical order.
  public var languages: [Language] {
    Language.editions.filter { !self[$0].isEmpty }
  }

  /// The group's bead: how many sentences each of `languages` has in it, joined by "-"
  /// ("1-1-0" is a sentence missing from the third edition, "2-1-1" a merge).
  public func bead(for languages: [Language]) -> String {
    languages.map { String(self[$0].count) }.joined(separator: "-")
  }
}
