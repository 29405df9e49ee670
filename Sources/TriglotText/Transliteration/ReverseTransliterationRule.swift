/// One reading of a Latin letter group as Cyrillic, with its weight and where it applies: a
/// rule of `ReverseTransliterator`'s grammar.
struct ReverseTransliterationRule: Sendable {
  /// Where in the Latin word a rule applies.
  struct Context: OptionSet, Sendable {
    let rawValue: UInt8
    /// Only at the start of the word.
    static let start = Context(rawValue: 1 << 0)
    /// Only where the group ends the word.
    static let end = Context(rawValue: 1 << 1)
    /// Only after a Latin vowel (a e i o u y).
    static let afterVowel = Context(rawValue: 1 << 2)
    /// Only after a Latin consonant.
    static let afterConsonant = Context(rawValue: 1 << 3)
    /// Only before a consonant or at the end of the word.
    static let beforeConsonantOrEnd = Context(rawValue: 1 << 4)
    /// Never at the start of the word.
    static let notStart = Context(rawValue: 1 << 5)
    /// Never where the group ends the word.
    static let notEnd = Context(rawValue: 1 << 6)

    init(rawValue: UInt8) { self.rawValue = rawValue }
  }

  /// The Latin letters, lower case.
  let latin: [Unicode.Scalar]
  /// Their Cyrillic reading, lower case.
  let cyrillic: String
  /// The weight: 0 for the reading every standard gives, more for rarer readings.
  let cost: Double
  /// Where the rule applies.
  let context: Context
  /// Whether the Latin side is two or more consonants (sh, kh, shch, ts, zgh).
  var isConsonantCluster: Bool { latin.count > 1 && !latin.contains(where: Self.isVowel) }

  /// Creates a rule reading `latin` (lower case) as `cyrillic` at `cost`, where `context`
  /// allows.
  init(_ latin: String, _ cyrillic: String, _ cost: Double, _ context: Context = []) {
    self.latin = Array(latin.unicodeScalars)
    self.cyrillic = cyrillic
    self.cost = cost
    self.context = context
  }

  /// Whether the rule applies at `position` of `word`.
  func applies(in word: [Unicode.Scalar], at position: Int) -> Bool {
    guard word.contains(latin, at: position) else { return false }
    let after = position + latin.count
    if context.contains(.start), position != 0 { return false }
    if context.contains(.notStart), position == 0 { return false }
    if context.contains(.end), after != word.count { return false }
    if context.contains(.notEnd), after == word.count { return false }
    if context.contains(.afterVowel), position == 0 || !Self.isVowel(word[position - 1]) {
      return false
    }
    if context.contains(.afterConsonant), position == 0 || Self.isVowel(word[position - 1]) {
      return false
    }
    if context.contains(.beforeConsonantOrEnd), after < word.count, Self.isVowel(word[after]) {
      return false
    }
    return true
  }

  static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a", "e", "i", "o", "u", "y": true
    default: false
    }
  }
}
