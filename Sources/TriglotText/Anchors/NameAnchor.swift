import Foundation

/// A proper name written in a paragraph (a person, a place, an institution), with keys that are
/// the same across languages and inflections: `Харкові`, `Харькове` and `Kharkiv` share a key,
/// as do `Буданова` and `Budanov`.
///
/// A name is a run of capitalized words that does not start a sentence, a run of two or more
/// capitalized words anywhere, or an acronym (`НАТО`, `NATO`, `ЗСУ`).
public struct NameAnchor: Sendable, Hashable {
  /// The name as written (`Сергій Марченко`).
  public var text: String
  /// Where the name sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>
  /// One cross-language key per word of the name (see ``key(for:)``).
  public var keys: [String]

  /// Creates a name anchor.
  public init(text: String, range: Range<Int>, keys: [String]) {
    self.text = text
    self.range = range
    self.keys = keys
  }

  /// The cross-language key of one word of a name.
  ///
  /// This is the single place where name keys are made; it uses ``provisionalKey(_:)`` until
  /// the transliteration module's name key replaces it.
  public static func key(for word: String) -> String {
    provisionalKey(word)
  }

  /// A consonant skeleton of `word`: Cyrillic is romanized letter by letter, the spellings that
  /// differ between transliteration systems are folded (kh/h, g/h, zh/z, ts/c…), vowels, soft
  /// signs and doubled letters are dropped, and the first four consonants are kept so that
  /// inflected endings (Буданова, Будановим) fall away.
  public static func provisionalKey(_ word: String) -> String {
    var latin: [UInt8] = []
    for scalar in word.lowercased().unicodeScalars {
      if let romanized = cyrillicToLatin[scalar] {
        latin += romanized
      } else if scalar == "'" || scalar == "\u{2019}" {
        latin.append(UInt8(ascii: "'"))
      } else if scalar.isASCII {
        if scalar.properties.isAlphabetic { latin.append(UInt8(scalar.value)) }
      } else if let base = latinBase(scalar) {
        latin.append(base)
      }
    }
    if latin.count >= 2, latin[latin.count - 2] == UInt8(ascii: "'"),
      latin.last == UInt8(ascii: "s")
    {
      latin.removeLast(2)
    }
    var skeleton: [UInt8] = []
    var index = 0
    while index < latin.count, skeleton.count < 4 {
      var letter = latin[index]
      var width = 1
      for (spelling, folded) in foldedSpellings where latin[index...].starts(with: spelling) {
        letter = folded
        width = spelling.count
        break
      }
      index += width
      if !vowels.contains(letter), skeleton.last != letter {
        skeleton.append(letter)
      }
    }
    if skeleton.isEmpty { skeleton = Array(latin.prefix(2)) }
    return String(decoding: skeleton, as: UTF8.self)
  }

  /// The ASCII letter under a Latin letter with diacritics (é → e), if there is one.
  private static func latinBase(_ scalar: Unicode.Scalar) -> UInt8? {
    guard scalar.properties.isAlphabetic,
      let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
      base.isASCII
    else { return nil }
    return UInt8(base.value)
  }

  private static let vowels: Set<UInt8> = Set("aeiouyj'".utf8)

  /// Returns the names of `text` in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String) -> [NameAnchor] {
    extract(tokens: AnchorTokenizer.tokens(of: text), scalars: Array(text.unicodeScalars))
  }

  static func extract(tokens: [AnchorToken], scalars: [Unicode.Scalar]) -> [NameAnchor] {
    var anchors: [NameAnchor] = []
    var index = 0
    while index < tokens.count {
      guard isNameWord(tokens[index]) else {
        index += 1
        continue
      }
      var words = [index]
      var next = index + 1
      while next < tokens.count {
        if isNameWord(tokens[next]), tokens[next].gapBefore == " " {
          words.append(next)
          next += 1
        } else if next + 1 < tokens.count, tokens[next].text == "-", tokens[next].gapBefore.isEmpty,
          tokens[next + 1].gapBefore.isEmpty, isNameWord(tokens[next + 1])
        {
          words.append(next + 1)
          next += 2
        } else {
          break
        }
      }
      let startsSentence = isSentenceStart(index, in: tokens)
      if !startsSentence || words.count > 1 || isAcronym(tokens[index]) {
        let range = tokens[index].range.lowerBound..<tokens[next - 1].range.upperBound
        anchors.append(
          NameAnchor(
            text: String(String.UnicodeScalarView(scalars[range])), range: range,
            keys: words.map { key(for: tokens[$0].text) }))
      }
      index = next
    }
    return anchors
  }

  private static func isNameWord(_ token: AnchorToken) -> Bool {
    token.isCapitalized && token.text.unicodeScalars.count >= 2
      && token.month == nil
  }

  private static func isAcronym(_ token: AnchorToken) -> Bool {
    let count = token.text.unicodeScalars.count
    return count >= 2 && count <= 6 && token.text == token.text.uppercased()
  }

  /// Whether token `index` begins a sentence: nothing but opening quotes, brackets or dashes
  /// stand between it and the paragraph start or a full stop, question or exclamation mark,
  /// ellipsis or colon.
  private static func isSentenceStart(_ index: Int, in tokens: [AnchorToken]) -> Bool {
    var previous = index - 1
    while previous >= 0 {
      let token = tokens[previous]
      guard token.kind == .symbol else { return false }
      if [".", "!", "?", "…", ":"].contains(token.text) { return true }
      guard ["«", "“", "\"", "„", "(", "'", "–", "—", "-", "‘"].contains(token.text) else {
        return false
      }
      previous -= 1
    }
    return true
  }

  /// Cyrillic letters romanized close to the Ukrainian national and Russian press spellings.
  private static let cyrillicToLatin: [Unicode.Scalar: [UInt8]] = cyrillicSpellings.mapValues {
    Array($0.utf8)
  }

  private static let cyrillicSpellings: [Unicode.Scalar: String] = [
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "e",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e", "ю": "iu",
    "я": "ia",
  ]

  /// Spellings that transliteration systems disagree on, folded to one letter (longest first).
  private static let foldedSpellings: [([UInt8], UInt8)] = [
    ("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
    ("tz", "c"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("x", "k"), ("q", "k"), ("g", "h"),
  ].map { (Array($0.0.utf8), $0.1.utf8.first!) }
}
