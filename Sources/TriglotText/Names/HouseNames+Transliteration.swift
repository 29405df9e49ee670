extension HouseNames {
  /// `text` transliterated with `transliterator`, the listed names in their house spelling.
  ///
  /// A listed name (any letter case; in capitals it is written in capitals) becomes its Latin
  /// form. So does a form of a listed one-word name that adds a case ending to it, or that
  /// replaces its nominative ending (-а -я -о -е -й -ь -ий -ій) by one, when the house spelling
  /// ends as the standard writes that ending: then the standard's ending follows the house stem
  /// (Юсова → Yusova for Юсов → Yusov, Ганни → Hanny for Ганна → Hanna). Any other form gets the
  /// standard (Андрія for Андрій → Andriy: Andriia). Everything else passes to `transliterator`.
  ///
  /// - Complexity: O(*n*) in the length of `text`, plus the transliterator's work.
  public func transliterate(_ text: String, with transliterator: Transliterator) throws(ICUError)
    -> String
  {
    guard !entries.isEmpty else { return try transliterator.transliterate(text) }
    let tokens = Self.tokens(of: text)
    var output = ""
    var pending = ""
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      guard token.isWord else {
        pending += token.text
        index += 1
        continue
      }
      if let (latin, length) = try match(tokens, at: index, transliterator: transliterator) {
        output += try transliterator.transliterate(pending)
        pending = ""
        output += latin
        index += length
      } else {
        pending += token.text
        index += 1
      }
    }
    return output + (try transliterator.transliterate(pending))
  }

  /// The house spelling of the name that starts at word token `start`, and how many tokens it
  /// covers; nil when no listed name starts there.
  private func match(_ tokens: [Token], at start: Int, transliterator: Transliterator)
    throws(ICUError) -> (String, Int)?
  {
    let word = tokens[start].text
    let capitals = word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
    let styled = { (latin: String) in capitals ? latin.uppercased() : latin }
    for entry in byFirstWord[word.lowercased()] ?? [] {
      let words = entry.cyrillicWords
      var position = start
      var fits = true
      for (offset, expected) in words.enumerated() {
        if offset > 0 {
          // Words of a listed name are joined by spaces or one hyphen, within a line.
          guard position + 1 < tokens.count, !tokens[position].isWord,
            tokens[position].text.allSatisfy({ $0 == " " || $0 == "\u{00A0}" || $0 == "\t" })
              || tokens[position].text == "-",
            tokens[position + 1].isWord
          else {
            fits = false
            break
          }
          position += 1
        }
        guard tokens[position].text.lowercased() == expected.lowercased() else {
          fits = false
          break
        }
        position += 1
      }
      if fits { return (styled(entry.latin), position - start) }
    }
    for entry in entries where entry.cyrillicWords.count == 1 {
      if let latin = try inflected(word, of: entry, transliterator: transliterator) {
        return (styled(latin), 1)
      }
    }
    return nil
  }

  /// The house spelling of `word` as an inflected form of the one-word `entry`, when it is one.
  private func inflected(_ word: String, of entry: Entry, transliterator: Transliterator)
    throws(ICUError) -> String?
  {
    let form = word.lowercased()
    let listed = entry.cyrillic.lowercased()
    guard form != listed, let first = listed.first, form.first == first else { return nil }
    for cut in 0...2 where listed.count - cut >= Self.minimumStem {
      let stem = String(listed.dropLast(cut))
      guard form.hasPrefix(stem),
        Self.nominativeEndings.contains(String(listed.dropFirst(stem.count))),
        Self.caseEndings.contains(String(form.dropFirst(stem.count)))
      else { continue }
      let latinForm = try transliterator.transliterate(form)
      let latinListed = try transliterator.transliterate(listed)
      let latinStem = try transliterator.transliterate(stem)
      guard latinForm.hasPrefix(latinStem), latinListed.hasPrefix(latinStem) else { return nil }
      let listedTail = latinListed.dropFirst(latinStem.count)
      guard entry.latin.lowercased().hasSuffix(listedTail) else { return nil }
      return String(entry.latin.dropLast(listedTail.count)) + latinForm.dropFirst(latinStem.count)
    }
    return nil
  }

  /// The fewest letters a listed name keeps before an ending (Ян, two letters, is never read
  /// as inflected: Яна is another name).
  static let minimumStem = 3

  /// The nominative endings a listed name may lose in its other forms.
  static let nominativeEndings: Set<String> = ["", "а", "я", "о", "е", "й", "ь", "ий", "ій"]

  /// The Ukrainian and Russian case endings of nouns and names.
  static let caseEndings: Set<String> = [
    "а", "я", "у", "ю", "і", "ї", "и", "е", "о", "ом", "ем", "єм", "ім", "ові", "еві", "єві",
    "ою", "ею", "єю", "ого", "ього", "ому", "ьому", "им", "их", "іх", "ої", "ій", "ий", "ами",
    "ями", "ах", "ях", "ым", "ых", "ой", "ей", "ов", "ев",
  ]

  /// A run of the text: a word (letters, marks and apostrophes between letters) or what lies
  /// between words.
  struct Token {
    var text: String
    var isWord: Bool
  }

  static func tokens(of text: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var inWord = false
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      let apostropheInWord =
        "'’ʼ".contains(character) && inWord && index + 1 < characters.count
        && characters[index + 1].isLetter
      let isWordCharacter = character.isLetter || apostropheInWord
      if isWordCharacter != inWord, !current.isEmpty {
        tokens.append(Token(text: current, isWord: inWord))
        current = ""
      }
      inWord = isWordCharacter
      current.append(character)
    }
    if !current.isEmpty { tokens.append(Token(text: current, isWord: inWord)) }
    return tokens
  }
}
