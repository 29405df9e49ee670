import TriglotText

/// The words of the Corpora's editions, per language, and realistic text made of them for the
/// property tests: a generator hands over a list of integer codes (which it can shrink), and
/// ``text(_:language:mixing:)`` turns the codes into words, numbers and punctuation, so that a
/// failing case shrinks to a short text of real words.
public enum CorporaVocabulary {
  /// The distinct words of every Corpora edition of `language` (runs of letters, inner
  /// apostrophes and hyphens), in order of first appearance.
  public static func words(_ language: Language) -> [String] {
    vocabulary[language] ?? []
  }

  /// The words of the Corpora that are written in one script: only Cyrillic letters, or only
  /// Latin ones (with inner apostrophes and hyphens).
  public static func oneScriptWords(_ language: Language) -> [String] {
    words(language).filter { word in
      let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
      return letters.allSatisfy(isCyrillic) || letters.allSatisfy { $0.isASCII }
    }
  }

  /// Text in `language` built from `codes`, one token a code: mostly words of the language's
  /// Corpora editions, with numbers, punctuation, quotes and dashes; with `mixing`, English
  /// words inside Cyrillic text and Cyrillic words inside English text too (names and quoted
  /// titles, as the editions have them). Without `mixing` a Cyrillic text has no Latin letter;
  /// with `oneScript`, every word is written in one script (a few Corpora words mix scripts on
  /// purpose, for the homoglyph repairs).
  public static func text(
    _ codes: [Int], language: Language, mixing: Bool = true, oneScript: Bool = false
  ) -> String {
    let source = oneScript ? oneScriptWords : words
    let own = source(language).filter { word in
      mixing || language == .en
        || !word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
    }
    let other = source(language == .en ? .uk : .en)
    var text = ""
    for code in codes {
      let pick = code / 16
      let token: String
      switch code % 16 {
      case 0: token = String(pick % 3000)
      case 1: token = "\(pick % 100),\(pick % 10)"
      case 2: token = ","
      case 3: token = "."
      case 4: token = "—"
      case 5: token = language == .en ? "“\(own[pick % own.count])”" : "«\(own[pick % own.count])»"
      case 6 where mixing: token = other[pick % other.count]
      case 7: token = own[pick % own.count].capitalized
      default: token = own[pick % own.count]
      }
      let attaches = token == "," || token == "."
      if !text.isEmpty && !attaches { text += " " }
      text += token
    }
    return text
  }

  /// An article of one ``text(_:language:mixing:oneScript:)`` paragraph per list of codes,
  /// separated by blank lines, in the language the first code picks.
  public static func article(_ paragraphs: [[Int]]) -> (language: Language, text: String) {
    let language = Language.editions[(paragraphs.first?.first ?? 0) % 3]
    let text = paragraphs.map { self.text($0, language: language) }.joined(separator: "\n\n")
    return (language, text)
  }

  private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
    (0x400...0x4FF).contains(scalar.value)
  }

  private static let vocabulary: [Language: [String]] = {
    var result: [Language: [String]] = [:]
    for language in Language.editions {
      var seen: Set<String> = []
      var words: [String] = []
      for article in CorporaArticle.all {
        guard let edition = article.editions.first(where: { $0.language == language }) else {
          continue
        }
        for word in edition.paragraphs.map(\.text).joined(separator: " ")
          .split(whereSeparator: { !isWordCharacter($0) })
        where word.contains(where: \.isLetter) {
          let trimmed = String(
            word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
          if !trimmed.isEmpty, seen.insert(trimmed).inserted { words.append(trimmed) }
        }
      }
      result[language] = words
    }
    return result
  }()

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character == "'" || character == "’" || character == "ʼ"
      || character == "-"
  }
}
