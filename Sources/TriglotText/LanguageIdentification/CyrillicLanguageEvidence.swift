/// What a Cyrillic text shows of being Ukrainian or Russian, for choosing the language to
/// transliterate it in: a newsroom's names are Ukrainian unless the text shows otherwise.
///
/// ```swift
/// CyrillicLanguageEvidence("Гончаренко").language   // .uk: nothing says Russian
/// CyrillicLanguageEvidence("Юлия").language         // .ru: Ukrainian writes -ія
/// CyrillicLanguageEvidence("Подъезд").language      // .ru: ъ
/// ```
///
/// A word is evidence of Russian when it has a letter Ukrainian lacks (ы э ъ ё) or a spelling
/// Ukrainian does not use: и after a vowel or before а е о у ю я (Ukrainian writes ї and і:
/// Юлия, Мариинский), ь before е ё я (Ukrainian writes an apostrophe or leaves it out:
/// Наталья, Васильев), or the endings -ский -цкий and their forms (Ukrainian -ський -цький).
/// A word is evidence of Ukrainian when it has і ї є ґ or an apostrophe between letters. Most
/// names show neither (Гончаренко, Ганна, Богдан, Григорович, Андрей): those are Ukrainian.
/// Running text of 60 letters or more is read by ``LanguageIdentifier`` instead, as `triglot
/// detect` reads it.
public struct CyrillicLanguageEvidence: Sendable, Hashable {
  /// The words that show Ukrainian.
  public var ukrainianWords: Int
  /// The words that show Russian.
  public var russianWords: Int
  /// The Cyrillic letters of the text.
  public var letters: Int
  /// The lower-case Cyrillic words of three letters or more: running text, not a list of names.
  public var commonWords: Int
  /// The language ``LanguageIdentifier`` reads the text as, for running text of at least
  /// ``minimumLettersForIdentifier`` letters and ``minimumCommonWordsForIdentifier`` lower-case
  /// words (otherwise nil).
  public var identified: Language?

  /// The fewest letters from which the identifier's reading counts: below it, a handful of
  /// words says too little (the identifier reads a lone Гончаренко as Russian); from it on the
  /// identifier is right on every sample of Corpora/language-id.
  public static let minimumLettersForIdentifier = 60
  /// The fewest lower-case words from which the identifier's reading counts: a list of names,
  /// however long, is read by its letters alone (the identifier takes a list of Ukrainian
  /// surnames for Russian).
  public static let minimumCommonWordsForIdentifier = 3

  /// Weighs the evidence of `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text`, plus one ``LanguageIdentifier`` run on a text
  ///   of ``minimumLettersForIdentifier`` letters or more.
  public init(_ text: String) {
    var ukrainian = 0
    var russian = 0
    var letters = 0
    var common = 0
    for word in text.split(whereSeparator: { !($0.isLetter || Self.apostrophes.contains($0)) }) {
      let lower = Array(word.lowercased().unicodeScalars)
      let cyrillic = lower.filter { (0x400...0x4FF).contains($0.value) }.count
      guard cyrillic > 0 else { continue }
      letters += cyrillic
      if cyrillic >= 3, word.first?.isLowercase == true { common += 1 }
      if Self.showsUkrainian(lower) { ukrainian += 1 }
      if Self.showsRussian(lower) { russian += 1 }
    }
    self.ukrainianWords = ukrainian
    self.russianWords = russian
    self.letters = letters
    self.commonWords = common
    if letters >= Self.minimumLettersForIdentifier && common >= Self.minimumCommonWordsForIdentifier
    {
      let language = LanguageIdentifier().identify(text).language
      self.identified = language == .uk || language == .ru ? language : nil
    } else {
      self.identified = nil
    }
  }

  /// Russian only on evidence of Russian: the identifier's reading of long enough running
  /// text, or else words that show Russian and none that shows Ukrainian (when both occur, the
  /// side with more words, Ukrainian on a tie). Ukrainian otherwise.
  public var language: Language {
    if let identified { return identified }
    if russianWords > 0 && ukrainianWords == 0 { return .ru }
    if russianWords > ukrainianWords { return .ru }
    return .uk
  }

  private static let apostrophes: Set<Character> = ["'", "’", "ʼ", "‘"]
  private static let vowels: Set<Unicode.Scalar> = [
    "а", "е", "є", "и", "і", "ї", "о", "у", "ю", "я", "ы", "э", "ё",
  ]
  private static let iotatedOrBack: Set<Unicode.Scalar> = ["а", "е", "о", "у", "ю", "я"]
  private static let russianEndings = [
    "ский", "цкий", "ская", "цкая", "ское", "цкое", "ского", "цкого", "скому", "цкому", "ским",
    "цким", "ских", "цких",
  ].map { Array($0.unicodeScalars) }

  private static func showsUkrainian(_ word: [Unicode.Scalar]) -> Bool {
    for (index, scalar) in word.enumerated() {
      switch scalar {
      case "і", "ї", "є", "ґ": return true
      case "'", "’", "ʼ",
        "‘" where index > 0 && index + 1 < word.count:
        return true
      default: continue
      }
    }
    return false
  }

  private static func showsRussian(_ word: [Unicode.Scalar]) -> Bool {
    for (index, scalar) in word.enumerated() {
      switch scalar {
      case "ы", "э", "ъ", "ё": return true
      case "и":
        if index > 0, vowels.contains(word[index - 1]) { return true }
        if index + 1 < word.count, iotatedOrBack.contains(word[index + 1]) { return true }
      case "ь":
        // Not before ю: Ukrainian keeps Нью-Йорк, Ньютон.
        if index + 1 < word.count, ["е", "ё", "я"].contains(word[index + 1]) { return true }
      default: continue
      }
    }
    return russianEndings.contains {
      word.count > $0.count && word.hasSuffix($0)
    }
  }
}
