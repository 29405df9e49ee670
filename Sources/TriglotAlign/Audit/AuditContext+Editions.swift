import TriglotText

extension AuditContext {
  /// Aligns `editions` and extracts the facts of every paragraph.
  public init(editions: [Edition]) {
    let count = editions.map(\.paragraphs.count).max() ?? 0
    let groups = (0..<count).map { index in
      AlignmentGroup(
        paragraphs: Dictionary(uniqueKeysWithValues: editions.compactMap { edition in
          index < edition.paragraphs.count ? (edition.language, [index]) : nil
        }), confidence: 1)
    }
    self.init(
      alignment: Alignment(editions: editions, groups: groups),
      facts: Dictionary(uniqueKeysWithValues: editions.map { edition in
        (edition.language, edition.paragraphs.map { ParagraphFacts(text: $0.text) })
      }))
  }
}
