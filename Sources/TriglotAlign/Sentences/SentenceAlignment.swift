import TriglotText

/// The sentence alignment of an article, inside its paragraph alignment: each paragraph group's
/// sentences aligned across the editions.
///
/// For every group of ``Alignment/groups`` that is article text, the sentence groups partition
/// the sentences of the group's paragraphs (in every edition, in order: a 2-1 paragraph group's
/// merged paragraphs are read one after the other); a boilerplate group has none.
public struct SentenceAlignment: Sendable, Hashable {
  /// Per language, per paragraph, its sentences (``TriglotText/SentenceSplitter``), each with
  /// its range in Unicode-scalar offsets of the paragraph's text.
  public var sentences: [Language: [[TextSegment]]]
  /// Per paragraph group, indexed like ``Alignment/groups``, its sentence groups in order.
  public var groups: [[SentenceGroup]]

  /// Creates a sentence alignment.
  public init(sentences: [Language: [[TextSegment]]], groups: [[SentenceGroup]]) {
    self.sentences = sentences
    self.groups = groups
  }

  /// The sentence `id` of the `language` edition, or nil when there is no such sentence.
  public func sentence(_ id: SentenceID, in language: Language) -> TextSegment? {
    guard let paragraphs = sentences[language], paragraphs.indices.contains(id.paragraph),
      paragraphs[id.paragraph].indices.contains(id.sentence)
    else { return nil }
    return paragraphs[id.paragraph][id.sentence]
  }

  /// The text of the sentences `ids` of the `language` edition, joined by a space.
  public func text(of ids: [SentenceID], in language: Language) -> String {
    ids.compactMap { sentence($0, in: language)?.text }.joined(separator: " ")
  }

  /// Every sentence group of the article, in document order.
  public var allGroups: [SentenceGroup] { groups.flatMap { $0 } }
}
