import TriglotText

/// Two edition languages, in the order given (uk-en, uk-ru, en-ru in canonical order).
public struct LanguagePair: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The first language.
  public var first: Language
  /// The second language.
  public var second: Language

  /// Creates a pair.
  public init(_ first: Language, _ second: Language) {
    self.first = first
    self.second = second
  }

  /// The pairs of `languages` in canonical order (for uk, en, ru: uk-en, uk-ru, en-ru).
  public static func pairs(of languages: [Language]) -> [LanguagePair] {
    let sorted = languages.sorted()
    var result: [LanguagePair] = []
    for (index, first) in sorted.enumerated() {
      for second in sorted[(index + 1)...] { result.append(LanguagePair(first, second)) }
    }
    return result
  }

  /// "uk-en".
  public var description: String { "\(first.rawValue)-\(second.rawValue)" }

  public static func < (lhs: LanguagePair, rhs: LanguagePair) -> Bool {
    (lhs.first, lhs.second) < (rhs.first, rhs.second)
  }
}
