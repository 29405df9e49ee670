import TriglotText

/// A minimal guess at the language of a text from its letters alone: Latin letters mean English,
/// Cyrillic letters mean Ukrainian when і ї є ґ (and Ukrainian function words) outnumber ы э ъ ё
/// (and Russian function words), Russian when the reverse or when a longer text has no і ї є ґ.
///
/// It exists so that the aligner can label paragraphs and the CLI can tell which file is which;
/// it is deliberately internal to the package so that a full language identifier can replace it
/// by changing ``language(of:)`` alone.
package enum LetterLanguageGuess {
  /// The language `text` is most likely in, or ``Language/other`` when it has too few letters
  /// or no clear majority.
  package static func language(of text: String) -> Language {
    var latin = 0
    var cyrillic = 0
    var ukrainian = 0
    var russian = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: latin += 1
      case 0x400...0x4FF:
        cyrillic += 1
        switch scalar {
        case "і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ": ukrainian += 1
        case "ы", "э", "ъ", "ё", "Ы", "Э", "Ъ", "Ё": russian += 1
        default: break
        }
      default: break
      }
    }
    if abs(ukrainian - russian) < 3, cyrillic > latin {
      for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
        if ukrainianWords.contains(String(word)) { ukrainian += 2 }
        if russianWords.contains(String(word)) { russian += 2 }
      }
    }
    let letters = latin + cyrillic
    guard letters >= 4 else { return .other }
    if Double(latin) >= 0.8 * Double(letters) { return .en }
    guard Double(cyrillic) >= 0.8 * Double(letters) else { return .mixed }
    if ukrainian > russian { return .uk }
    if russian > ukrainian { return .ru }
    // Ukrainian text of any length nearly always has і, ї, є or ґ; Russian has none of them.
    if ukrainian == 0, cyrillic >= 15 { return .ru }
    return .other
  }

  /// Frequent words that are Ukrainian and not Russian.
  static let ukrainianWords: Set<String> = [
    "і", "й", "та", "що", "це", "від", "як", "але", "він", "вона", "які", "який", "яка", "року",
    "році", "також", "щоб", "ще", "вже", "після", "із", "зі", "між", "їх", "її", "було",
  ]

  /// Frequent words that are Russian and not Ukrainian.
  static let russianWords: Set<String> = [
    "и", "что", "это", "от", "как", "но", "он", "она", "которые", "который", "которая", "года",
    "году", "также", "чтобы", "еще", "ещё", "уже", "после", "из", "между", "их", "ее", "её",
    "же", "было",
  ]
}
