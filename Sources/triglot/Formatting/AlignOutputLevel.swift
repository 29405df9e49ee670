import ArgumentParser
import TriglotAlign

/// What one unit of `triglot align`'s output is.
enum AlignOutputLevel: String, ExpressibleByArgument, CaseIterable {
  /// A paragraph group.
  case paragraph
  /// A sentence group inside a paragraph group (``TriglotAlign/SentenceAligner``).
  case sentence

  /// How the paragraphs are aligned at this level: sentence alignment keeps a paragraph that
  /// leaves a sentence out linked to its counterpart (``AlignerConfiguration/sentenceLevel``).
  var paragraphConfiguration: AlignerConfiguration {
    self == .sentence ? .sentenceLevel : AlignerConfiguration()
  }
}
