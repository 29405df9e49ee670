import ArgumentParser

/// What one unit of `triglot align`'s output is.
enum AlignOutputLevel: String, ExpressibleByArgument, CaseIterable {
  /// A paragraph group.
  case paragraph
  /// A sentence group inside a paragraph group (``TriglotAlign/SentenceAligner``).
  case sentence
}
