import TriglotText

/// The paragraph alignment of two or three editions of one article.
///
/// The groups are in document order and partition the paragraphs: every paragraph of every edition
/// is in exactly one group, and in every edition the indices only grow from group to group.
public struct Alignment: Sendable, Hashable {
  /// The aligned editions, in Triglot's language order (uk, en, ru).
  public var editions: [Edition]
  /// The groups, in document order.
  public var groups: [AlignmentGroup]
  /// For each edition's language, what the aligner found out about each paragraph (its
  /// language and whether it is boilerplate), indexed like the edition's paragraphs. Empty when
  /// the alignment was built by hand.
  public var paragraphInfo: [Language: [ParagraphInfo]]

  /// Creates an alignment.
  public init(
    editions: [Edition], groups: [AlignmentGroup],
    paragraphInfo: [Language: [ParagraphInfo]] = [:]
  ) {
    self.editions = editions
    self.groups = groups
    self.paragraphInfo = paragraphInfo
  }

  /// The edition in `language`, if it is part of the alignment.
  public func edition(_ language: Language) -> Edition? {
    editions.first { $0.language == language }
  }
}
