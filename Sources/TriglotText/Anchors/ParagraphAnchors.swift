/// All the language-independent evidence of one paragraph: its numbers, dates, names, quotes,
/// links, emoji and emoticons, and lexicon concepts. This is what the aligner compares across editions.
public struct ParagraphAnchors: Sendable, Hashable {
  /// The numbers (``NumberAnchor``).
  public var numbers: [NumberAnchor]
  /// The dates and months (``DateAnchor``).
  public var dates: [DateAnchor]
  /// The proper names (``NameAnchor``).
  public var names: [NameAnchor]
  /// The capitalized words that open a sentence on their own (`Navalny` in "Navalny became a
  /// household name", but also `However`): possible names, which the aligner counts only where
  /// they meet a name of the other edition, and the audit not at all.
  public var sentenceInitials: [NameAnchor]
  /// The quoted passages (``QuoteAnchor``).
  public var quotes: [QuoteAnchor]
  /// URLs, hashtags and handles (``LinkAnchor``).
  public var links: [LinkAnchor]
  /// Lexicon concepts (``LexiconAnchor``).
  public var concepts: [LexiconAnchor]
  /// Emoji and emoticons (``EmoticonAnchor``).
  public var emoticons: [EmoticonAnchor]

  /// Extracts every kind of anchor from `text`, a paragraph in `language` (nil when unknown;
  /// the language only decides what a comma in a number means and in which dictionary the
  /// words of names are looked up).
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public init(text: String, language: Language?) {
    let tokens = AnchorTokenizer.tokens(of: text)
    let scalars = Array(text.unicodeScalars)
    numbers = NumberAnchor.extract(tokens: tokens, scalars: scalars, language: language)
    dates = DateAnchor.extract(tokens: tokens, scalars: scalars)
    (names, sentenceInitials) = NameAnchor.extractWithInitials(
      tokens: tokens, scalars: scalars, language: language)
    quotes = QuoteAnchor.extract(scalars: scalars)
    links = LinkAnchor.extract(scalars: scalars)
    concepts = tokens.compactMap(LexiconAnchor.anchor(for:))
    emoticons = EmoticonAnchor.extract(scalars: scalars)
  }

  /// The anchors that lie entirely within the first `scalarCount` Unicode scalars of the
  /// paragraph (the anchors of its leading sentences).
  public func prefix(scalarCount: Int) -> ParagraphAnchors {
    within(0..<scalarCount)
  }

  /// The anchors that lie entirely within one of `ranges`, in Unicode-scalar offsets of the
  /// paragraph (the anchors of some of its sentences).
  ///
  /// - Complexity: O(*a* · *r*) for *a* anchors and *r* ranges.
  public func within(_ ranges: [Range<Int>]) -> ParagraphAnchors {
    func inside(_ anchor: Range<Int>) -> Bool {
      ranges.contains { anchor.lowerBound >= $0.lowerBound && anchor.upperBound <= $0.upperBound }
    }
    return ParagraphAnchors(
      numbers: numbers.filter { inside($0.range) }, dates: dates.filter { inside($0.range) },
      names: names.filter { inside($0.range) },
      sentenceInitials: sentenceInitials.filter { inside($0.range) },
      quotes: quotes.filter { inside($0.range) },
      links: links.filter { inside($0.range) }, concepts: concepts.filter { inside($0.range) },
      emoticons: emoticons.filter { inside($0.range) })
  }

  /// The anchors that lie entirely within `range`, in Unicode-scalar offsets of the paragraph
  /// (the anchors of one of its sentences); their ranges stay offsets in the paragraph. An
  /// anchor that straddles the range's ends is left out.
  ///
  /// - Complexity: O(*a*) in the number of anchors.
  public func within(_ range: Range<Int>) -> ParagraphAnchors {
    within([range])
  }

  /// Creates a set of anchors from parts.
  public init(
    numbers: [NumberAnchor] = [], dates: [DateAnchor] = [], names: [NameAnchor] = [],
    sentenceInitials: [NameAnchor] = [], quotes: [QuoteAnchor] = [], links: [LinkAnchor] = [],
    concepts: [LexiconAnchor] = [], emoticons: [EmoticonAnchor] = []
  ) {
    self.numbers = numbers
    self.dates = dates
    self.names = names
    self.sentenceInitials = sentenceInitials
    self.quotes = quotes
    self.links = links
    self.concepts = concepts
    self.emoticons = emoticons
  }
}
