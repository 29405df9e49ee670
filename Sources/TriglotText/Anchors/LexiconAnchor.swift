/// A frequent news term (a country, an institution, a title, a unit, a month) found through the
/// built-in Ukrainian–Russian–English lexicon and mapped to a language-independent concept:
/// `Німеччини`, `Германии` and `Germany` are all `country.germany`.
public struct LexiconAnchor: Sendable, Hashable {
  /// The concept id (`country.germany`, `title.mayor`, `unit.uah`, `month.7`).
  public var concept: String
  /// The word as written.
  public var text: String
  /// Where the word sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>

  /// Creates a lexicon anchor.
  public init(concept: String, text: String, range: Range<Int>) {
    self.concept = concept
    self.text = text
    self.range = range
  }

  /// Returns the lexicon terms of `text` in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String) -> [LexiconAnchor] {
    AnchorTokenizer.tokens(of: text).compactMap(anchor(for:))
  }

  static func anchor(for token: AnchorToken) -> LexiconAnchor? {
    if let month = token.month, !month.needsNumber {
      return LexiconAnchor(concept: "month.\(month.month)", text: token.text, range: token.range)
    }
    guard token.kind != .number, let concept = NewsLexicon.concept(of: token.lower) else {
      return nil
    }
    return LexiconAnchor(concept: concept, text: token.text, range: token.range)
  }
}
