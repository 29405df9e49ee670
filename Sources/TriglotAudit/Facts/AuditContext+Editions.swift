import TriglotAlign
import TriglotText

extension AuditContext {
  /// The fewest letters a paragraph needs before its detected language is trusted: a heading of
  /// a few names tells little about the language around it.
  public static let minimumLettersForLanguage = 30
  /// The confidence ``LanguageIdentifier`` must reach before a paragraph's language is trusted.
  public static let minimumLanguageConfidence = 0.8

  /// Aligns `editions` with ``ParagraphAligner`` and extracts the facts of every paragraph.
  ///
  /// - Throws: ``TriglotAlignError`` when the editions cannot be aligned (fewer than two, two in
  ///   one language).
  public init(editions: [Edition], aligner: ParagraphAligner = ParagraphAligner())
    throws(TriglotAlignError)
  {
    self.init(alignment: try aligner.align(editions))
  }

  /// Extracts the facts of every paragraph of `alignment`: boilerplate from its
  /// ``Alignment/paragraphInfo`` (when the alignment was built by hand, no paragraph is
  /// boilerplate), the language from ``LanguageIdentifier`` (trusted from
  /// ``minimumLettersForLanguage`` letters and ``minimumLanguageConfidence``), values from the
  /// anchors (both reused from ``ParagraphInfo`` when the aligner made it), and mixed-script
  /// words from the homoglyph repairs ``TextNormalizer`` would make.
  public init(alignment: Alignment) {
    let normalizer = TextNormalizer(mode: .display)
    let identifier = LanguageIdentifier()
    var facts: [Language: [ParagraphFacts]] = [:]
    var memo = NameKeyMemo()
    for edition in alignment.editions {
      let info = alignment.paragraphInfo[edition.language] ?? []
      facts[edition.language] = edition.paragraphs.enumerated().map { index, paragraph in
        let paragraphInfo = index < info.count ? info[index] : nil
        let guess = paragraphInfo?.languageGuess ?? identifier.identify(paragraph.text)
        let detected =
          Language.editions.contains(guess.language)
            && guess.letterCount >= Self.minimumLettersForLanguage
            && guess.confidence >= Self.minimumLanguageConfidence
          ? guess.language : nil
        let repairs = (try? normalizer.normalize(paragraph.text).repairs) ?? []
        return ParagraphFacts(
          text: paragraph.text, edition: edition.language,
          isBoilerplate: paragraphInfo?.isBoilerplate ?? false, language: detected,
          mixedScriptWords: repairs.filter { $0.kind == .homoglyph }.map {
            AuditValue(text: $0.before, key: $0.after)
          }, anchors: paragraphInfo?.anchors, memo: &memo)
      }
    }
    self.init(alignment: alignment, facts: facts)
  }
}
