/// A word, a run of digits or a single symbol of a paragraph, with its place in the text.
struct AnchorToken: Sendable {
  /// What the token is made of.
  enum Kind: Sendable, Hashable {
    /// Letters, with apostrophes between letters (м’ясо, O'Brien).
    case word
    /// ASCII digits.
    case number
    /// One scalar that is neither a letter, a digit nor white space.
    case symbol
  }

  /// What the token is made of.
  var kind: Kind
  /// The token as written (apostrophes unified to U+0027).
  var text: String
  /// The token lower-cased.
  var lower: String
  /// Where the token sits, in Unicode-scalar offsets into the tokenized text.
  var range: Range<Int>
  /// The white space between the previous token and this one ("" when they touch).
  var gapBefore: String
  /// The month the word names (see ``MonthNames``), looked up once for every extractor.
  var month: (month: Int, needsNumber: Bool)?

  /// Whether the token starts with an upper-case letter.
  var isCapitalized: Bool {
    kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false)
  }

  /// Whether the token touches the previous one, or is separated from it by one space-like
  /// character (a space, a no-break space or a thin space) that may group digits.
  var isGroupingGap: Bool {
    gapBefore == " " || gapBefore == "\u{00A0}" || gapBefore == "\u{202F}"
      || gapBefore == "\u{2009}"
  }
}

/// Splits a paragraph into ``AnchorToken``s: the common first step of every anchor extractor.
enum AnchorTokenizer {
  /// The apostrophes that may join the letters of one word.
  static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "`"]

  /// Returns the tokens of `text` in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func tokens(of text: String) -> [AnchorToken] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [AnchorToken] = []
    var index = 0
    var gapStart = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isSpace(scalar) {
        index += 1
        continue
      }
      let gap =
        index == gapStart + 1 && scalars[gapStart] == " "
        ? " " : String(String.UnicodeScalarView(scalars[gapStart..<index]))
      let start = index
      let kind: AnchorToken.Kind
      if isDigit(scalar) {
        kind = .number
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
      } else if isLetter(scalar) {
        kind = .word
        while index < scalars.count {
          if isLetter(scalars[index]) {
            index += 1
          } else if apostrophes.contains(scalars[index]), index + 1 < scalars.count,
            isLetter(scalars[index + 1])
          {
            index += 1
          } else {
            break
          }
        }
      } else {
        kind = .symbol
        index += 1
      }
      var view = String.UnicodeScalarView()
      for scalar in scalars[start..<index] {
        view.append(apostrophes.contains(scalar) ? "'" : scalar)
      }
      let text = String(view)
      let lower = kind == .word ? text.lowercased() : text
      tokens.append(
        AnchorToken(
          kind: kind, text: text, lower: lower, range: start..<index, gapBefore: gap,
          month: kind == .word
            ? MonthNames.lookup(text, lower: lower, previous: tokens.last) : nil))
      gapStart = index
    }
    return tokens
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x400...0x4FF: return true
    case 0...0x7F: return false
    default:
      return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0D: return true
    case 0...0x7F: return false
    default: return scalar.properties.isWhitespace
    }
  }
}
