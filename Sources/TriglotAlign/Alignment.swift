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

  /// Creates an alignment.
  public init(editions: [Edition], groups: [AlignmentGroup]) {
    self.editions = editions
    self.groups = groups
  }

  /// The edition in `language`, if it is part of the alignment.
  public func edition(_ language: Language) -> Edition? {
    editions.first { $0.language == language }
  }
}
