import TriglotAlign
import TriglotText

/// `align`: ``ParagraphAligner`` on two or three editions made from the bytes. The first byte
/// picks the languages (any two of uk, en, ru, or all three), the configuration (paragraph or
/// sentence level) and whether the sentences are aligned too; the rest is split at NUL bytes
/// into the editions and at line feeds into their paragraphs, so the paragraph lists are as
/// random as the bytes (empty editions, empty and duplicate paragraphs, thousands of short
/// ones; a paragraph keeps the white space around it, which real splitters trim). Checks the
/// aligner's promise: the groups partition every edition's paragraphs in order, with
/// confidences in 0…1, and the sentence groups of each paragraph group partition its sentences
/// in order.
enum AlignerTarget {
  private static let languageSets: [[Language]] = [
    [.uk, .en, .ru], [.uk, .en], [.uk, .ru], [.en, .ru],
  ]

  static func run(_ input: inout FuzzInput) {
    let flags = input.byte()
    let languages = languageSets[Int(flags & 3)]
    let configuration =
      flags & 4 == 0 ? AlignerConfiguration() : AlignerConfiguration.sentenceLevel
    let chunks = input.restAsText().split(separator: "\0", omittingEmptySubsequences: false)
    let editions = languages.enumerated().map { index, language in
      Edition(
        language: language, source: language.rawValue,
        paragraphs: index < chunks.count ? paragraphs(of: chunks[index]) : [])
    }
    let alignment: Alignment
    do {
      alignment = try ParagraphAligner(configuration: configuration).align(editions)
    } catch {
      preconditionFailure("align: failed on well-formed editions: \(error)")
    }
    checkPartition(alignment)
    if flags & 8 != 0 {
      do {
        let sentences = try SentenceAligner(configuration: configuration).align(alignment)
        checkSentences(sentences, alignment)
      } catch {
        preconditionFailure("align: sentence alignment failed: \(error)")
      }
    }
  }

  /// One paragraph per line of `chunk`, with its scalar range in the chunk.
  private static func paragraphs(of chunk: Substring) -> [TextSegment] {
    var segments: [TextSegment] = []
    var offset = 0
    for line in chunk.split(separator: "\n", omittingEmptySubsequences: false) {
      let count = line.unicodeScalars.count
      segments.append(TextSegment(text: String(line), range: offset..<offset + count))
      offset += count + 1
    }
    return segments
  }

  private static func checkPartition(_ alignment: Alignment) {
    for edition in alignment.editions {
      let covered = alignment.groups.flatMap { $0[edition.language] }
      precondition(
        covered == Array(edition.paragraphs.indices),
        "align: the groups do not partition \(edition.language)'s "
          + "\(edition.paragraphs.count) paragraphs in order: \(covered)")
    }
    for group in alignment.groups {
      precondition(
        (0...1).contains(group.confidence), "align: confidence \(group.confidence) outside 0…1")
      precondition(!group.languages.isEmpty, "align: an empty group")
    }
  }

  private static func checkSentences(_ sentences: SentenceAlignment, _ alignment: Alignment) {
    precondition(
      sentences.groups.count == alignment.groups.count,
      "align: \(sentences.groups.count) sentence group lists for \(alignment.groups.count) groups")
    for (group, sentenceGroups) in zip(alignment.groups, sentences.groups) {
      // A boilerplate group has no sentence groups (``SentenceAlignment``).
      guard !group.isBoilerplate else {
        precondition(sentenceGroups.isEmpty, "align: sentence groups in a boilerplate group")
        continue
      }
      for language in group.languages {
        let expected = group[language].flatMap { paragraph in
          (sentences.sentences[language]?[paragraph].indices ?? 0..<0).map {
            SentenceID(paragraph: paragraph, sentence: $0)
          }
        }
        let covered = sentenceGroups.flatMap { $0[language] }
        precondition(
          covered == expected,
          "align: the sentence groups do not partition \(language)'s sentences in order")
      }
    }
  }
}
