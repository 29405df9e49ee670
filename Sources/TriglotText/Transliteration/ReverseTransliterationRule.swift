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

    /// The context written as letters: S start, E end, V after vowel, C after consonant,
    /// K before consonant or end, M not at start, N not at end.
    init?(letters: Substring) {
      var context: Context = []
      for letter in letters {
        switch letter {
        case "S": context.insert(.start)
        case "E": context.insert(.end)
        case "V": context.insert(.afterVowel)
        case "C": context.insert(.afterConsonant)
        case "K": context.insert(.beforeConsonantOrEnd)
        case "M": context.insert(.notStart)
        case "N": context.insert(.notEnd)
        default: return nil
        }
      }
      self = context
    }

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

  /// Whether the rule applies at `position` of `word`.
  func applies(in word: [Unicode.Scalar], at position: Int) -> Bool {
    guard word.count - position >= latin.count,
      word[position..<position + latin.count].elementsEqual(latin)
    else { return false }
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

  /// Parses a grammar written one rule per line: `latin cyrillic cost [context letters]`.
  static func parse(_ lines: String) -> [ReverseTransliterationRule] {
    lines.split(separator: "\n").map { line in
      let fields = line.split(separator: " ")
      guard fields.count == 3 || fields.count == 4, let cost = Double(fields[2]),
        let context = fields.count == 4 ? Context(letters: fields[3]) : []
      else { preconditionFailure("bad reverse transliteration rule: \(line)") }
      return ReverseTransliterationRule(
        latin: Array(fields[0].unicodeScalars), cyrillic: String(fields[1]), cost: cost,
        context: context)
    }
  }
}
