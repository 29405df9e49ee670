import TriglotText

/// A minimal guess at the language of a text from its letters alone: Latin letters mean English,
/// Cyrillic letters mean Ukrainian when і ї є ґ (and Ukrainian function words) outnumber ы э ъ ё
/// (and Russian function words), Russian when the reverse.
///
/// It exists so that the aligner can label paragraphs and the CLI can tell which file is which;
/// it is deliberately internal to the package so that a full language identifier can replace it
/// by changing ``language(of:)`` alone.
package enum LetterLanguageGuess {
  /// The language `text` is most likely in, or ``Language/other`` when it has too few letters
  /// or no clear majority.
  package static func language(of text: String) -> Language {
    let counts = LetterCounts(text)
    let letters = counts.latin + counts.cyrillic
    guard letters >= 4 else { return .other }
    if Double(counts.latin) >= 0.8 * Double(letters) { return .en }
    guard Double(counts.cyrillic) >= 0.8 * Double(letters) else { return .mixed }
    if counts.ukrainian > counts.russian { return .uk }
    if counts.russian > counts.ukrainian { return .ru }
    return .other
  }

  /// The language of a paragraph of an edition in `expected`: the guess, or `expected` when the
  /// guess cannot tell Ukrainian from Russian but the script fits (a short Cyrillic title with
  /// none of the telling letters).
  package static func language(of text: String, expected: Language) -> Language {
    let guess = language(of: text)
    guard guess == .other, expected == .uk || expected == .ru else { return guess }
    let counts = LetterCounts(text)
    return counts.cyrillic >= 4 && counts.latin == 0 ? expected : guess
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

  /// Letters by script, and the evidence for Ukrainian and for Russian.
  private struct LetterCounts {
    var latin = 0
    var cyrillic = 0
    var ukrainian = 0
    var russian = 0

    init(_ text: String) {
      for scalar in text.unicodeScalars {
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
      guard abs(ukrainian - russian) < 3, cyrillic > latin else { return }
      let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
      for word in words {
        if LetterLanguageGuess.ukrainianWords.contains(String(word)) { ukrainian += 2 }
        if LetterLanguageGuess.russianWords.contains(String(word)) { russian += 2 }
      }
    }
  }
}
