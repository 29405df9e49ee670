import Foundation

/// How often each Cyrillic letter occurs in running Ukrainian and Russian text, and what one
/// occurrence says about which of the two a text is in.
///
/// The percentages are rounded textbook figures for general prose and news (Russian from the
/// classic letter-frequency tables, Ukrainian from the equivalent counts); they are general
/// knowledge, not fitted to any corpus. Two facts carry most of the weight: each language has
/// letters the other lacks (uk і ї є ґ, ru ы э ё ъ), and shared letters differ in rate — е is
/// almost twice as frequent in Russian, в, у, т and я are a little more frequent in Ukrainian.
/// A letter a language does not have gets a small floor rate (names and quotations still bring
/// it in), so one stray letter cannot outvote a whole paragraph.
enum LetterFrequencies {
  /// Percent of letters in Ukrainian text.
  static let ukrainian: [Unicode.Scalar: Double] = [
    "о": 9.4, "а": 8.4, "н": 6.6, "и": 6.1, "і": 5.6, "т": 5.5, "в": 5.4, "е": 4.8, "р": 4.6,
    "с": 4.3, "к": 3.8, "л": 3.6, "д": 3.3, "у": 3.3, "м": 3.1, "п": 2.8, "з": 2.3, "я": 2.2,
    "ь": 1.7, "б": 1.6, "г": 1.5, "ч": 1.3, "х": 1.2, "й": 1.2, "ц": 0.9, "ж": 0.9, "ї": 0.8,
    "ш": 0.8, "ю": 0.8, "є": 0.6, "щ": 0.6, "ф": 0.3, "ґ": 0.05,
  ]

  /// Percent of letters in Russian text.
  static let russian: [Unicode.Scalar: Double] = [
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
  ]

  /// The rate, in percent, given to a letter the language does not use.
  static let floorRate = 0.02

  /// The factor applied to the log-odds of letters both languages use. Letter counts in one
  /// sentence are far from independent (a word repeats its letters, names bring their own), so
  /// the naive-Bayes sum over shared letters is damped; telltale letters keep their full weight.
  static let sharedLetterWeight = 0.3

  /// Natural-log likelihood ratio ln(P(letter | uk) / P(letter | ru)) for lower-case Cyrillic
  /// letters from U+0430 to U+0491, indexed by `scalar.value - 0x430`; 0 for anything else.
  static let ukrainianLogOdds: [Double] = {
    let ukTotal = ukrainian.values.reduce(0, +)
    let ruTotal = russian.values.reduce(0, +)
    var table = [Double](repeating: 0, count: 0x62)
    for letter in Set(ukrainian.keys).union(russian.keys) {
      let uk = (ukrainian[letter] ?? floorRate) / ukTotal
      let ru = (russian[letter] ?? floorRate) / ruTotal
      let odds = log(uk / ru)
      let isShared = ukrainian[letter] != nil && russian[letter] != nil
      table[Int(letter.value) - 0x430] = isShared ? odds * sharedLetterWeight : odds
    }
    return table
  }()

  /// ln(P(letter | uk) / P(letter | ru)) for a lower-case Cyrillic letter; 0 when unknown.
  static func ukrainianLogOdds(of letter: Unicode.Scalar) -> Double {
    let index = Int(letter.value) - 0x430
    return index >= 0 && index < ukrainianLogOdds.count ? ukrainianLogOdds[index] : 0
  }
}
