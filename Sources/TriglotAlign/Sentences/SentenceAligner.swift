import TriglotText

/// Aligns the sentences inside each paragraph group of an ``Alignment``.
///
/// ```swift
/// let alignment = try ParagraphAligner().align([ukrainian, english, russian])
/// let sentences = try SentenceAligner().align(alignment)
/// for group in sentences.groups[3] { print(group[.uk], group[.en], group[.ru]) }
/// ```
///
/// Each edition's paragraphs are split by ``TriglotText/SentenceSplitter`` (ICU plus its
/// exceptions for initials and abbreviations). Within a paragraph group the sentences of every
/// edition (those of merged paragraphs one after the other) are aligned jointly, as
/// ``ParagraphAligner`` aligns paragraphs — the same ``BeadScorer``, lengths and anchors
/// (numbers, dates, names, quotes, links, lexicon concepts, Ukrainian–Russian cognates) and the
/// same progressive three-edition search — with beads of 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1
/// sentences per pair of editions. The paragraph alignment is taken as given: a sentence never
/// leaves its paragraph group.
public struct SentenceAligner: Sendable {
  /// The scoring weights (those of the paragraph aligner by default).
  public var configuration: AlignerConfiguration

  /// Creates a sentence aligner.
  public init(configuration: AlignerConfiguration = AlignerConfiguration()) {
    self.configuration = configuration
  }

  /// Splits every paragraph of `alignment`'s editions into sentences and aligns them within
  /// each paragraph group.
  ///
  /// - Complexity: O(*s*) in the number of sentences for groups whose editions keep to the
  ///   same sentences; the groups are aligned on all cores.
  public func align(_ alignment: Alignment) throws(TriglotAlignError) -> SentenceAlignment {
    let sentences = try Self.sentences(of: alignment.editions)
    let groups = parallelMap(alignment.groups.count) { index in
      self.groups(of: alignment.groups[index], in: alignment, sentences: sentences)
    }
    return SentenceAlignment(sentences: sentences, groups: groups)
  }

  /// The sentence alignment of paragraph group `index` of `alignment` alone, for a caller
  /// that needs one group's sentences (the audit, on a group it reports): only that group's
  /// paragraphs are split, the other paragraphs have no sentences and the other groups none.
  public func align(group index: Int, of alignment: Alignment) throws(TriglotAlignError)
    -> SentenceAlignment
  {
    let group = alignment.groups[index]
    var sentences: [Language: [[TextSegment]]] = [:]
    for edition in alignment.editions {
      var paragraphs = Array(repeating: [TextSegment](), count: edition.paragraphs.count)
      for paragraph in group[edition.language] {
        paragraphs[paragraph] = try Self.sentences(of: edition, paragraph: paragraph)
      }
      sentences[edition.language] = paragraphs
    }
    var groups = Array(repeating: [SentenceGroup](), count: alignment.groups.count)
    groups[index] = self.groups(of: group, in: alignment, sentences: sentences)
    return SentenceAlignment(sentences: sentences, groups: groups)
  }

  /// The sentences of every paragraph of every edition, per language.
  public static func sentences(of editions: [Edition]) throws(TriglotAlignError) -> [Language:
    [[TextSegment]]]
  {
    var result: [Language: [[TextSegment]]] = [:]
    for edition in editions {
      var paragraphs: [[TextSegment]] = []
      for index in edition.paragraphs.indices {
        paragraphs.append(try sentences(of: edition, paragraph: index))
      }
      result[edition.language] = paragraphs
    }
    return result
  }

  private static func sentences(of edition: Edition, paragraph index: Int)
    throws(TriglotAlignError) -> [TextSegment]
  {
    do {
      return try SentenceSplitter(language: edition.language).sentences(
        in: edition.paragraphs[index].text)
    } catch {
      throw .sentenceSplitting(source: edition.source, paragraph: index, reason: error.description)
    }
  }

  /// The sentence groups of the paragraph group `group` of `alignment`, whose paragraphs are
  /// split as in `sentences`: none for boilerplate, every sentence alone when only one
  /// edition has the group, one link when every edition has one sentence (the paragraph
  /// aligner already linked them), and the joint alignment otherwise.
  public func groups(
    of group: AlignmentGroup, in alignment: Alignment, sentences: [Language: [[TextSegment]]]
  ) -> [SentenceGroup] {
    guard !group.isBoilerplate else { return [] }
    let editions = alignment.editions.filter { !group[$0.language].isEmpty }
    let ids = editions.map { edition in
      group[edition.language].flatMap { paragraph in
        (sentences[edition.language]?[paragraph] ?? []).indices.map {
          SentenceID(paragraph: paragraph, sentence: $0)
        }
      }
    }
    if editions.count == 1, let only = editions.first {
      return ids[0].map {
        SentenceGroup(sentences: [only.language: [$0]], confidence: group.confidence)
      }
    }
    if ids.allSatisfy({ $0.count == 1 }) {
      var linked: [Language: [SentenceID]] = [:]
      for (slot, edition) in editions.enumerated() { linked[edition.language] = ids[slot] }
      return [SentenceGroup(sentences: linked, confidence: group.confidence)]
    }
    var interner = KeyInterner()
    let analyses = editions.enumerated().map { slot, edition in
      let language = edition.language
      let info = alignment.paragraphInfo[language] ?? []
      let evidence = ids[slot].map { id in
        let paragraph = edition.paragraphs[id.paragraph]
        let anchors =
          (info.indices.contains(id.paragraph) ? info[id.paragraph].anchors : nil)
          ?? ParagraphAnchors(text: paragraph.text, language: language)
        return ParagraphEvidence(
          sentence: sentences[language]![id.paragraph][id.sentence], paragraphAnchors: anchors,
          language: language)
      }
      return EditionAnalysis(language: language, evidence: evidence, interner: &interner)
    }
    let joint = JointAlignment(
      editions: analyses,
      scorer: BeadScorer(configuration: configuration, languages: editions.map(\.language)),
      shapes: BandedAligner.sentenceShapes)
    return joint.solve().map { unit, confidence in
      var linked: [Language: [SentenceID]] = [:]
      for (slot, edition) in editions.enumerated() {
        linked[edition.language] = unit[slot].map { ids[slot][$0] }
      }
      return SentenceGroup(sentences: linked, confidence: confidence)
    }
  }
}
