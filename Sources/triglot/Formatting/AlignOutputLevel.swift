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

  /// Aligns `editions` at this level: the paragraph groups and, at the sentence level, the
  /// sentence groups inside each (`triglot align` and `POST /v1/align`).
  func align(_ editions: [Edition]) throws -> (
    paragraphs: Alignment, sentences: SentenceAlignment?
  ) {
    let alignment = try ParagraphAligner(configuration: paragraphConfiguration).align(editions)
    return (alignment, self == .sentence ? try SentenceAligner().align(alignment) : nil)
  }
}
