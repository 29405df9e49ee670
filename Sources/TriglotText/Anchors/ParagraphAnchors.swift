/// All the language-independent evidence of one paragraph: its numbers, dates, names, quotes,
/// links and lexicon concepts. This is what the aligner compares across editions.
public struct ParagraphAnchors: Sendable, Hashable {
  /// The numbers (``NumberAnchor``).
  public var numbers: [NumberAnchor]
  /// The dates and months (``DateAnchor``).
  public var dates: [DateAnchor]
  /// The proper names (``NameAnchor``).
  public var names: [NameAnchor]
  /// The quoted passages (``QuoteAnchor``).
  public var quotes: [QuoteAnchor]
  /// URLs, hashtags and handles (``LinkAnchor``).
  public var links: [LinkAnchor]
  /// Lexicon concepts (``LexiconAnchor``).
  public var concepts: [LexiconAnchor]

  /// Extracts every kind of anchor from `text`, a paragraph in `language` (nil when unknown;
  /// the language only decides what a comma in a number means).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public init(text: String, language: Language?) {
    let tokens = AnchorTokenizer.tokens(of: text)
    numbers = NumberAnchor.extract(from: text, language: language)
    dates = DateAnchor.extract(from: text)
    names = NameAnchor.extract(from: text)
    quotes = QuoteAnchor.extract(from: text)
    links = LinkAnchor.extract(from: text)
    concepts = tokens.compactMap(LexiconAnchor.anchor(for:))
  }

  /// Creates a set of anchors from parts.
  public init(
    numbers: [NumberAnchor] = [], dates: [DateAnchor] = [], names: [NameAnchor] = [],
    quotes: [QuoteAnchor] = [], links: [LinkAnchor] = [], concepts: [LexiconAnchor] = []
  ) {
    self.numbers = numbers
    self.dates = dates
    self.names = names
    self.quotes = quotes
    self.links = links
    self.concepts = concepts
  }
}
