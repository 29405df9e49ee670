import TriglotText

/// A set of paragraphs, at most a few per edition, that say the same thing.
///
/// A group with paragraphs in one edition only is an omission in the others (or boilerplate).
/// A boilerplate group holds one paragraph, or the same caption of several editions.
public struct AlignmentGroup: Sendable, Hashable {
  /// For each language, the indices of its paragraphs in this group (ascending, possibly empty).
  public var paragraphs: [Language: [Int]]
  /// How sure the aligner is, in 0…1.
  public var confidence: Double
  /// Whether the group is one boilerplate paragraph (navigation, a caption, a promo…) that the
  /// aligner kept out of the article.
  public var isBoilerplate: Bool
  /// Whether the group links the same photo or video caption of two or more editions (see
  /// ``ParagraphAligner``): boilerplate, kept out of coverage and omissions, but checked like
  /// article text for numbers, dates and names.
  public var isCaption: Bool

  /// Creates a group.
  public init(
    paragraphs: [Language: [Int]], confidence: Double, isBoilerplate: Bool = false,
    isCaption: Bool = false
  ) {
    self.paragraphs = paragraphs
    self.confidence = confidence
    self.isBoilerplate = isBoilerplate
    self.isCaption = isCaption
  }

  /// The group's bead: how many paragraphs each of `languages` has in it, joined by "-"
  /// ("1-1-0" is a paragraph missing from the third edition, "2-1-1" a merge).
  public func bead(for languages: [Language]) -> String {
    languages.map { String(self[$0].count) }.joined(separator: "-")
  }

  /// The languages that have at least one paragraph in the group, in canonical order.
  public var languages: [Language] {
    Language.editions.filter { !self[$0].isEmpty }
  }

  /// The paragraph indices of `language` in this group (empty when it has none).
  public subscript(language: Language) -> [Int] {
    paragraphs[language] ?? []
  }
}
