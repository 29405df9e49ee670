import TriglotText

/// Aligns the two or three language editions of one article paragraph by paragraph.
///
/// ```swift
/// let alignment = try ParagraphAligner().align([ukrainian, english, russian])
/// for group in alignment.groups { print(group[.uk], group[.en], group[.ru]) }
/// ```
///
/// Boilerplate paragraphs (navigation, captions, promos, bylines, share prompts) are recognized
/// first and each put in a group of its own. The article paragraphs are then aligned with beads
/// of 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1 paragraphs, scored from their lengths and the
/// language-independent anchors of ``TriglotText`` (numbers, dates, names, quotes, links,
/// lexicon concepts). A paragraph that one edition leaves out comes out as a group without
/// that edition, not as a merge. Three editions are aligned jointly, so the third helps decide.
public struct ParagraphAligner: Sendable {
  /// The scoring weights.
  public var configuration: AlignerConfiguration
  /// The boilerplate rules.
  public var boilerplateDetector: BoilerplateDetector

  /// Creates an aligner.
  public init(
    configuration: AlignerConfiguration = AlignerConfiguration(),
    boilerplateDetector: BoilerplateDetector = BoilerplateDetector()
  ) {
    self.configuration = configuration
    self.boilerplateDetector = boilerplateDetector
  }

  /// Aligns `editions` (two or three, one per language among uk, en, ru).
  ///
  /// The groups of the result partition every paragraph of every edition, are monotone in
  /// every edition, and carry a confidence in 0…1. Editions come back in canonical order.
  ///
  /// - Complexity: O(*n* · *w*) for editions of *n* paragraphs whose alignment stays within *w*
  ///   paragraphs of the diagonal (the band widens when it does not).
  public func align(_ editions: [Edition]) throws(TriglotAlignError) -> Alignment {
    guard editions.count >= 2, editions.count <= 3 else {
      throw .tooFewEditions(count: editions.count)
    }
    for edition in editions where !Language.editions.contains(edition.language) {
      throw .unsupportedLanguage(edition.language, source: edition.source)
    }
    for language in Language.editions {
      let same = editions.filter { $0.language == language }
      if same.count > 1 { throw .duplicateLanguage(language, sources: same.map(\.source)) }
    }
    let sorted = editions.sorted { $0.language < $1.language }
    var interner = KeyInterner()
    let evidence = ParagraphEvidence.collect(sorted, detector: boilerplateDetector)
    let analyses = zip(sorted, evidence).map {
      EditionAnalysis(language: $0.language, evidence: $1, interner: &interner)
    }
    let scorer = BeadScorer(configuration: configuration, languages: sorted.map(\.language))
    let article = JointAlignment(editions: analyses, scorer: scorer).solve()
    let groups = Self.interleavingBoilerplate(article, analyses: analyses)
    var info: [Language: [ParagraphInfo]] = [:]
    for analysis in analyses { info[analysis.language] = analysis.info }
    return Alignment(editions: sorted, groups: groups, paragraphInfo: info)
  }

  /// Puts each boilerplate paragraph in a group of its own, just before the first article
  /// group that holds a later paragraph of its edition.
  static func interleavingBoilerplate(
    _ article: [(paragraphs: JointAlignment.Unit, confidence: Double)],
    analyses: [EditionAnalysis]
  ) -> [AlignmentGroup] {
    let boilerplate = analyses.map { analysis in
      analysis.info.filter(\.isBoilerplate).map(\.index)
    }
    var next = Array(repeating: 0, count: analyses.count)
    var groups: [AlignmentGroup] = []

    func emitBoilerplate(slot: Int, before limit: Int) {
      while next[slot] < boilerplate[slot].count, boilerplate[slot][next[slot]] < limit {
        var paragraphs: [Language: [Int]] = [:]
        for analysis in analyses { paragraphs[analysis.language] = [] }
        paragraphs[analyses[slot].language] = [boilerplate[slot][next[slot]]]
        groups.append(AlignmentGroup(paragraphs: paragraphs, confidence: 0.95, isBoilerplate: true))
        next[slot] += 1
      }
    }

    for (unit, confidence) in article {
      for (slot, indices) in unit.enumerated() {
        if let first = indices.first { emitBoilerplate(slot: slot, before: first) }
      }
      var paragraphs: [Language: [Int]] = [:]
      for (slot, analysis) in analyses.enumerated() { paragraphs[analysis.language] = unit[slot] }
      groups.append(AlignmentGroup(paragraphs: paragraphs, confidence: confidence))
    }
    for slot in analyses.indices { emitBoilerplate(slot: slot, before: Int.max) }
    return groups
  }
}
