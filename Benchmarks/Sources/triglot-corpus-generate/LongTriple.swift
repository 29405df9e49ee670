/// The long-document case: one triple of `paragraphs` Ukrainian paragraphs that is 1-1-1
/// throughout (the Corpora's 1-1-1 article groups, copy after copy, each copy with its own
/// `ArticleVariation`), and its lopsided variant with `extra` English-only paragraphs in
/// `blocks` equal blocks spread evenly through the document (English paragraphs of further
/// copies: a live blog the other desks did not translate).
struct LongTriple {
  /// The even triple.
  let even: [Edition: String]
  /// The same with the extra English paragraphs.
  let lopsided: [Edition: String]

  /// Builds both from `sources` with `seed`.
  /// - Complexity: O(`paragraphs` + `extra`).
  init(sources: [SourceArticle], seed: UInt64, paragraphs: Int, extra: Int, blocks: Int) {
    let groups = sources.flatMap(\.blocks).filter(\.isOneToOneToOne)
    var random = SeededGenerator(seed: seed)
    func copy(_ count: Int) -> [Block] {
      var result: [Block] = []
      while result.count < count {
        let variation = ArticleVariation(using: &random)
        for block in groups.prefix(count - result.count) {
          var varied = block
          for (edition, texts) in block.paragraphs {
            varied.paragraphs[edition] = texts.map { variation.apply(to: $0, edition: edition) }
          }
          result.append(varied)
        }
      }
      return result
    }
    let copies = copy(paragraphs)
    even = CorpusGenerator.text(of: copies) { text, _ in text }
    let additions = copy(extra).map { block in
      Block(paragraphs: [.uk: [], .en: block.paragraphs[.en]!, .ru: []], isBoilerplate: false)
    }
    var withExtra = copies
    let perBlock = (extra + blocks - 1) / blocks
    for block in (0..<blocks).reversed() {
      let start = block * perBlock
      guard start < additions.count else { continue }
      let place = paragraphs * (block + 1) / (blocks + 1)
      withExtra.insert(contentsOf: additions[start..<min(start + perBlock, extra)], at: place)
    }
    lopsided = CorpusGenerator.text(of: withExtra) { text, _ in text }
  }
}
