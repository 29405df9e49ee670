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
    let captions = CaptionLinker(scorer: scorer).links(article: article, analyses: analyses)
    let groups = Self.interleavingBoilerplate(article, analyses: analyses, captions: captions)
    var info: [Language: [ParagraphInfo]] = [:]
    for analysis in analyses { info[analysis.language] = analysis.info }
    return Alignment(editions: sorted, groups: groups, paragraphInfo: info)
  }

  /// Puts each boilerplate paragraph in a group of its own, just before the first article
  /// group that holds a later paragraph of its edition; the captions of `captions` (see
  /// ``CaptionLinker``) share one group, placed where every one of them is due.
  static func interleavingBoilerplate(
    _ article: [(paragraphs: JointAlignment.Unit, confidence: Double)],
    analyses: [EditionAnalysis], captions: [CaptionLinker.Link] = []
  ) -> [AlignmentGroup] {
    let boilerplate = analyses.map { analysis in
      analysis.info.filter(\.isBoilerplate).map(\.index)
    }
    // linkOf[slot][paragraph]: the caption link that paragraph belongs to.
    var linkOf: [[Int: Int]] = Array(repeating: [:], count: analyses.count)
    for (number, link) in captions.enumerated() {
      for (slot, index) in link.enumerated() {
        if let index { linkOf[slot][index] = number }
      }
    }
    var next = Array(repeating: 0, count: analyses.count)
    var groups: [AlignmentGroup] = []

    func head(_ slot: Int) -> Int? {
      next[slot] < boilerplate[slot].count ? boilerplate[slot][next[slot]] : nil
    }
    func emit(_ members: [(slot: Int, index: Int)]) {
      var paragraphs: [Language: [Int]] = [:]
      for analysis in analyses { paragraphs[analysis.language] = [] }
      for member in members {
        paragraphs[analyses[member.slot].language] = [member.index]
        next[member.slot] += 1
      }
      groups.append(
        AlignmentGroup(
          paragraphs: paragraphs, confidence: 0.95, isBoilerplate: true,
          isCaption: members.count > 1))
    }
    /// Emits, for every slot with a limit, its boilerplate below the limit. A linked caption
    /// waits until each of its captions is next in its edition; if that never comes (it cannot
    /// when the links keep order), the captions are emitted alone.
    func emitBoilerplate(before limits: [Int?]) {
      var progress = true
      while progress {
        progress = false
        for slot in analyses.indices {
          guard let limit = limits[slot] else { continue }
          while let index = head(slot), index < limit {
            guard let link = linkOf[slot][index] else {
              emit([(slot, index)])
              progress = true
              continue
            }
            let members = captions[link].enumerated().compactMap { other, member in
              member.map { (slot: other, index: $0) }
            }
            guard members.allSatisfy({ head($0.slot) == $0.index }) else { break }
            emit(members)
            progress = true
          }
        }
      }
      for slot in analyses.indices {
        guard let limit = limits[slot] else { continue }
        while let index = head(slot), index < limit {
          if let link = linkOf[slot][index] {
            for (other, member) in captions[link].enumerated() {
              if let member { linkOf[other][member] = nil }
            }
          }
          emit([(slot, index)])
        }
      }
    }

    for (unit, confidence) in article {
      emitBoilerplate(before: unit.map(\.first))
      var paragraphs: [Language: [Int]] = [:]
      for (slot, analysis) in analyses.enumerated() { paragraphs[analysis.language] = unit[slot] }
      groups.append(AlignmentGroup(paragraphs: paragraphs, confidence: confidence))
    }
    emitBoilerplate(before: analyses.map { _ in Int.max })
    return groups
  }
}
