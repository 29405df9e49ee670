import TriglotAlign
import TriglotText

/// What the rules audit: an alignment and the facts of every paragraph of every edition.
public struct AuditContext: Sendable {
  /// The alignment of the editions.
  public var alignment: Alignment
  /// For each edition's language, the facts of its paragraphs (index = paragraph index).
  public var facts: [Language: [ParagraphFacts]]

  /// Creates a context. `facts` must hold one entry per paragraph of each aligned edition.
  public init(alignment: Alignment, facts: [Language: [ParagraphFacts]]) {
    self.alignment = alignment
    self.facts = facts
  }

  /// The languages of the aligned editions, in Triglot's order (uk, en, ru).
  public var languages: [Language] { alignment.editions.map(\.language).sorted() }

  /// The facts of paragraph `index` of the `language` edition.
  public func paragraph(_ language: Language, _ index: Int) -> ParagraphFacts {
    facts[language]?[index] ?? ParagraphFacts(text: "")
  }

  /// The article (non-boilerplate) paragraphs of `language` in group `group`.
  public func articleParagraphs(_ language: Language, inGroup group: Int) -> [Int] {
    alignment.groups[group][language].filter { !paragraph(language, $0).isBoilerplate }
  }

  /// The paragraphs of `language` in group `group` whose numbers, dates and names are checked:
  /// its article paragraphs, or in a group of linked captions
  /// (``TriglotAlign/AlignmentGroup/isCaption``) the caption.
  public func checkedParagraphs(_ language: Language, inGroup group: Int) -> [Int] {
    alignment.groups[group].isCaption
      ? alignment.groups[group][language] : articleParagraphs(language, inGroup: group)
  }

  /// The facts of ``checkedParagraphs(_:inGroup:)``.
  public func checkedFacts(_ language: Language, inGroup group: Int) -> [ParagraphFacts] {
    checkedParagraphs(language, inGroup: group).map { paragraph(language, $0) }
  }

  /// The facts of the article paragraphs of `language` in group `group`.
  public func articleFacts(_ language: Language, inGroup group: Int) -> [ParagraphFacts] {
    articleParagraphs(language, inGroup: group).map { paragraph(language, $0) }
  }

  /// The group's paragraphs per edition, every aligned edition present (empty when it has none).
  public func paragraphs(ofGroup group: Int) -> [Language: [Int]] {
    Dictionary(uniqueKeysWithValues: languages.map { ($0, alignment.groups[group][$0]) })
  }

  /// The total length in characters of the article paragraphs of `language` in group `group`.
  public func articleLength(_ language: Language, inGroup group: Int) -> Int {
    articleFacts(language, inGroup: group).reduce(0) { $0 + $1.length }
  }
}
