import TriglotText

/// What the aligner extracts from one edition before aligning: each paragraph's features,
/// language and boilerplate kind, and which paragraphs are article text.
struct EditionAnalysis: Sendable {
  /// The edition's language.
  var language: Language
  /// Per paragraph, its features.
  var features: [ParagraphFeatures]
  /// Per paragraph, what the aligner reports about it.
  var info: [ParagraphInfo]
  /// The indices of the article (non-boilerplate) paragraphs, ascending.
  var article: [Int]
  /// `boilerplateBefore[i]` is the number of boilerplate paragraphs with an index below `i`.
  var boilerplateBefore: [Int]

  init(language: Language, evidence: [ParagraphEvidence], interner: inout KeyInterner) {
    self.language = language
    features = []
    info = []
    article = []
    boilerplateBefore = [0]
    for (index, paragraph) in evidence.enumerated() {
      let kind = paragraph.boilerplate
      features.append(ParagraphFeatures(evidence: paragraph, interner: &interner))
      info.append(
        ParagraphInfo(
          index: index, language: paragraph.language, boilerplate: kind,
          anchors: paragraph.anchors, languageGuess: paragraph.languageGuess))
      if kind == nil { article.append(index) }
      boilerplateBefore.append(boilerplateBefore[index] + (kind == nil ? 0 : 1))
    }
  }

  /// Whether a group may hold the ascending paragraph `indices` of this edition: no boilerplate
  /// paragraph may sit between them, so that boilerplate never ends up inside a group.
  func canGroup(_ indices: [Int]) -> Bool {
    guard let first = indices.first, let last = indices.last, first != last else { return true }
    return boilerplateBefore[last] == boilerplateBefore[first]
  }

  /// The features of `indices` joined, or nil when there are none.
  func joinedFeatures(_ indices: [Int]) -> ParagraphFeatures? {
    guard let first = indices.first else { return nil }
    return indices.dropFirst().reduce(features[first]) { $0.joined(with: features[$1]) }
  }
}
