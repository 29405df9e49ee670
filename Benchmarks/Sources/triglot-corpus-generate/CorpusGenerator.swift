/// Makes article triples from the Corpora's articles: article `index` is a copy of one source
/// article, chosen at random, with its own `ArticleVariation` and `ArticleEdits`, all drawn
/// from a generator seeded with the run's seed and `index` (so the same seed always gives the
/// same corpus, and a smaller corpus is the start of a larger one).
struct CorpusGenerator {
  /// The source articles.
  let sources: [SourceArticle]
  /// The run's seed.
  let seed: UInt64
  /// The edit rates.
  var edits = ArticleEdits()
  /// Each edition's boilerplate paragraphs in the sources, inserted by the edits.
  private let furniture: [Edition: [String]]

  /// A generator over `sources` with `seed`.
  init(sources: [SourceArticle], seed: UInt64) {
    self.sources = sources
    self.seed = seed
    var furniture: [Edition: [String]] = [:]
    for block in sources.flatMap(\.blocks) where block.isBoilerplate {
      for (edition, paragraphs) in block.paragraphs {
        furniture[edition, default: []] += paragraphs
      }
    }
    self.furniture = furniture
  }

  /// The three editions' text of article `index`.
  /// - Complexity: O(*n*) in the size of its source article.
  func article(_ index: Int) -> [Edition: String] {
    var random = SeededGenerator(seed: seed, index: UInt64(index))
    let source = sources.randomElement(using: &random)!
    let variation = ArticleVariation(using: &random)
    let blocks = edits.apply(to: source.blocks, furniture: furniture, using: &random)
    return Self.text(of: blocks) { variation.apply(to: $0, edition: $1) }
  }

  /// Each edition's paragraphs in `blocks`, each passed through `transform`, separated by blank
  /// lines.
  static func text(of blocks: [Block], transform: (String, Edition) -> String) -> [Edition: String]
  {
    var result: [Edition: String] = [:]
    for edition in Edition.allCases {
      let paragraphs = blocks.flatMap { $0.paragraphs[edition] ?? [] }
      result[edition] = paragraphs.map { transform($0, edition) }.joined(separator: "\n\n") + "\n"
    }
    return result
  }
}
