import TriglotText

extension AuditContext {
  /// The fewest letters a paragraph needs before its detected language is trusted: a heading of
  /// a few names tells little about the language around it.
  public static let minimumLettersForLanguage = 30

  /// Aligns `editions` with ``ParagraphAligner`` and extracts the facts of every paragraph.
  ///
  /// - Throws: ``TriglotAlignError`` when the editions cannot be aligned (fewer than two, two in
  ///   one language).
  public init(editions: [Edition], aligner: ParagraphAligner = ParagraphAligner())
    throws(TriglotAlignError)
  {
    self.init(alignment: try aligner.align(editions))
  }

  /// Extracts the facts of every paragraph of `alignment`: boilerplate and language from its
  /// ``Alignment/paragraphInfo`` (when the alignment was built by hand, no paragraph is
  /// boilerplate and no language is known), values from the anchors, and mixed-script words from
  /// the homoglyph repairs ``TextNormalizer`` would make.
  public init(alignment: Alignment) {
    let normalizer = TextNormalizer(mode: .display)
    var facts: [Language: [ParagraphFacts]] = [:]
    for edition in alignment.editions {
      let info = alignment.paragraphInfo[edition.language] ?? []
      facts[edition.language] = edition.paragraphs.enumerated().map { index, paragraph in
        let paragraphInfo = index < info.count ? info[index] : nil
        let letters = paragraph.text.unicodeScalars.filter(\.properties.isAlphabetic).count
        let detected = paragraphInfo.map(\.language).flatMap {
          Language.editions.contains($0) && letters >= Self.minimumLettersForLanguage ? $0 : nil
        }
        let repairs = (try? normalizer.normalize(paragraph.text).repairs) ?? []
        return ParagraphFacts(
          text: paragraph.text, edition: edition.language,
          isBoilerplate: paragraphInfo?.isBoilerplate ?? false, language: detected,
          mixedScriptWords: repairs.filter { $0.kind == .homoglyph }.map {
            AuditValue(text: $0.before, key: $0.after)
          })
      }
    }
    self.init(alignment: alignment, facts: facts)
  }
}
