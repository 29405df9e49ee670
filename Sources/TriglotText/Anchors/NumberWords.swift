/// The words that write numbers, multipliers and percentages in Ukrainian, Russian and English.
enum NumberWords {
  /// Small numbers spelt out, in the forms news text uses (collectives such as четверо included).
  /// "One"/"один" is left out: it is far more often a pronoun than a count.
  static let values: [String: Int] = {
    let table: [(Int, [String])] = [
      (
        2,
        [
          "two", "два", "дві", "двох", "двом", "двома", "двоє", "две", "двух", "двум", "двумя",
          "двое",
        ]
      ),
      (
        3,
        [
          "three", "три", "трьох", "трьом", "трьома", "троє", "трех", "трёх", "трем", "тремя",
          "трое",
        ]
      ),
      (
        4,
        [
          "four", "чотири", "чотирьох", "чотирьом", "чотирма", "четверо", "четыре", "четырех",
          "четырёх", "четырем", "четырьмя",
        ]
      ),
      (5, ["five", "п'ять", "п'яти", "п'ятьма", "п'ятеро", "пять", "пяти", "пятью", "пятеро"]),
      (6, ["six", "шість", "шести", "шістьма", "шестеро", "шесть", "шестью"]),
      (7, ["seven", "сім", "семи", "сімома", "семеро", "семь"]),
      (8, ["eight", "вісім", "восьми", "вісьмома", "восьмеро", "восемь", "восьмью"]),
      (9, ["nine", "дев'ять", "дев'яти", "дев'ятьма", "дев'ятеро", "девять", "девяти", "девятью"]),
      (10, ["ten", "десять", "десяти", "десятьма", "десятеро", "десятью"]),
      (11, ["eleven", "одинадцять", "одинадцяти", "одиннадцать", "одиннадцати"]),
      (12, ["twelve", "дванадцять", "дванадцяти", "двенадцать", "двенадцати"]),
      (20, ["twenty", "двадцять", "двадцяти", "двадцать", "двадцати"]),
      (30, ["thirty", "тридцять", "тридцяти", "тридцать", "тридцати"]),
      (100, ["hundred", "сто"]),
      // "за добу", "за сутки": the 24 hours of "over the past 24 hours".
      (24, ["доба", "добу", "доби", "добі", "добою", "сутки", "суток", "суткам", "сутками"]),
    ]
    var result: [String: Int] = [:]
    for (value, words) in table {
      for word in words { result[word] = value }
    }
    for (value, words) in ordinals {
      for word in words where result[word] == nil { result[word] = value }
    }
    return result
  }()

  /// The ordinals one to twelve in every case and gender (першого типу, "type 1"; четвертого,
  /// "the 4th"), each form spelt out from its stem and the adjective endings. English "second"
  /// is left out: it is as often the unit of time. Like every number word they only answer
  /// digits that another edition gives.
  static let ordinals: [(Int, [String])] = {
    let ukrainianHard = [
      "ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими",
    ]
    let ukrainianSoft = ["ій", "ього", "ьому", "ім", "я", "ьої", "ю", "ьою", "є", "і", "іх", "іми"]
    let russianHard = ["ый", "ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми"]
    let russianSoft = [
      "ий", "ьего", "ьему", "ьим", "ьем", "ья", "ьей", "ью", "ье", "ьи", "ьих", "ьими",
    ]
    let stems: [(Int, ukrainian: String, russian: String, english: String)] = [
      (1, "перш", "перв", "first"), (2, "друг", "втор", ""), (3, "трет", "трет", "third"),
      (4, "четверт", "четверт", "fourth"), (5, "п'ят", "пят", "fifth"),
      (6, "шост", "шест", "sixth"),
      (7, "сьом", "седьм", "seventh"), (8, "восьм", "восьм", "eighth"),
      (9, "дев'ят", "девят", "ninth"), (10, "десят", "десят", "tenth"),
      (11, "одинадцят", "одиннадцат", "eleventh"), (12, "дванадцят", "двенадцат", "twelfth"),
    ]
    return stems.map { value, ukrainian, russian, english in
      let soft = value == 3
      let forms =
        (soft ? ukrainianSoft : ukrainianHard).map { ukrainian + $0 }
        + (soft ? russianSoft : russianHard).map { russian + $0 }
        + (english.isEmpty ? [] : [english])
      // друга, другу are also "a friend" (genitive, dative).
      return (value, forms.filter { !["друга", "другу"].contains($0) })
    }
  }()

  /// The value of a spelt-out number word (lower-case, apostrophe U+0027), if it is one.
  static func value(of word: String) -> Int? { values[word] }

  /// Powers of ten written as words or abbreviations after a number.
  static let multipliers: [String: Int] = [
    "тис": 3, "тыс": 3, "thousand": 3, "thousands": 3,
    "млн": 6, "million": 6, "millions": 6, "mln": 6,
    "млрд": 9, "billion": 9, "billions": 9, "bn": 9, "bln": 9,
    "трлн": 12, "trillion": 12, "trillions": 12, "tn": 12,
  ]

  /// Multiplier words that stand alone for one of their unit ("на мільйон жителів", "a million
  /// people", "per million"): the singular forms only, since the plural ("мільйони людей",
  /// "millions") gives no count.
  static let bareMultipliers: [String: Int] = [
    "мільйон": 6, "мільйона": 6, "миллион": 6, "миллиона": 6, "million": 6,
    "мільярд": 9, "мільярда": 9, "миллиард": 9, "миллиарда": 9, "billion": 9,
  ]

  /// Stems of the inflected multiplier words (тисячі, миллионов, мільярда…).
  static let multiplierStems: [(String, Int)] = [
    ("тисяч", 3), ("тысяч", 3), ("мільйон", 6), ("миллион", 6), ("мільярд", 9),
    ("миллиард", 9), ("трильйон", 12), ("триллион", 12),
  ]

  /// The power of ten a multiplier word stands for, if `word` is one.
  static func multiplierExponent(of word: String) -> Int? {
    if let exponent = multipliers[word] { return exponent }
    return multiplierStems.first { word.hasPrefix($0.0) }?.1
  }

  /// Whether `word` says "percent" (percent, відсотків, процента…).
  static func isPercentWord(_ word: String) -> Bool {
    word == "percent" || word == "pct" || word == "відс" || word.hasPrefix("відсот")
      || word.hasPrefix("процент")
  }

  /// The endings written after a hyphen to make an ordinal (25-го, 3-й, 1-ше).
  static let ordinalSuffixes: Set<String> = [
    "го", "й", "а", "е", "ї", "я", "ого", "ому", "ий", "ій", "им", "ої", "ю", "у", "м", "х", "ше",
    "ге", "тє", "те", "ое", "ая", "ья", "ые", "ий", "ый", "ом",
  ]
}
