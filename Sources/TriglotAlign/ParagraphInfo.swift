import TriglotText

/// What the aligner found out about one paragraph of an edition.
public struct ParagraphInfo: Sendable, Hashable {
  /// The paragraph's index in its edition.
  public var index: Int
  /// The language the paragraph is written in, which may differ from its edition's (an
  /// untranslated paragraph), or ``Language/other`` when it has too few letters to tell.
  public var language: Language
  /// What kind of boilerplate the paragraph is, or nil for an article paragraph.
  public var boilerplate: BoilerplateKind?

  /// Creates paragraph information.
  public init(index: Int, language: Language, boilerplate: BoilerplateKind?) {
    self.index = index
    self.language = language
    self.boilerplate = boilerplate
  }

  /// Whether the paragraph is boilerplate rather than article text.
  public var isBoilerplate: Bool { boilerplate != nil }
}
