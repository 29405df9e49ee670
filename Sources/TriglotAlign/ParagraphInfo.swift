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
  /// The paragraph's anchors, as the aligner extracted them (nil when the information was built
  /// by hand), so that later stages such as the audit need not extract them again.
  public var anchors: ParagraphAnchors?
  /// ``LanguageIdentifier``'s own answer for the paragraph, before the aligner's fallback to the
  /// edition's language (nil when the information was built by hand).
  public var languageGuess: LanguageGuess?

  /// Creates paragraph information.
  public init(
    index: Int, language: Language, boilerplate: BoilerplateKind?,
    anchors: ParagraphAnchors? = nil, languageGuess: LanguageGuess? = nil
  ) {
    self.index = index
    self.language = language
    self.boilerplate = boilerplate
    self.anchors = anchors
    self.languageGuess = languageGuess
  }

  /// Whether the paragraph is boilerplate rather than article text.
  public var isBoilerplate: Bool { boilerplate != nil }
}
