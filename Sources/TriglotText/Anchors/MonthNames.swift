/// The names of the months in Ukrainian, Russian and English, in every case news text uses
/// (липень, липня, липні; июль, июля, июле; July, Jul.).
public enum MonthNames {
  /// Month number (1…12) by lower-case Ukrainian or Russian form.
  static let cyrillic: [String: Int] = {
    let table: [[String]] = [
      [
        "січень", "січня", "січні", "січнем", "січню", "январь", "января", "январе", "январем",
        "январём",
        "январю",
      ],
      [
        "лютий", "лютого", "лютому", "лютим", "февраль", "февраля", "феврале", "февралем",
        "февралём", "февралю",
      ],
      [
        "березень", "березня", "березні", "березнем", "березню", "март", "марта", "марте",
        "мартом", "марту",
      ],
      [
        "квітень", "квітня", "квітні", "квітнем", "квітню", "апрель", "апреля", "апреле",
        "апрелем", "апрелю",
      ],
      ["травень", "травня", "травні", "травнем", "травню", "май", "мая", "мае", "маем", "маю"],
      [
        "червень", "червня", "червні", "червнем", "червню", "июнь", "июня", "июне", "июнем", "июню",
      ],
      ["липень", "липня", "липні", "липнем", "липню", "июль", "июля", "июле", "июлем", "июлю"],
      [
        "серпень", "серпня", "серпні", "серпнем", "серпню", "август", "августа", "августе",
        "августом", "августу",
      ],
      [
        "вересень", "вересня", "вересні", "вереснем", "вересню", "сентябрь", "сентября",
        "сентябре", "сентябрем", "сентябрём", "сентябрю",
      ],
      [
        "жовтень", "жовтня", "жовтні", "жовтнем", "жовтню", "октябрь", "октября", "октябре",
        "октябрем", "октябрём", "октябрю",
      ],
      [
        "листопад", "листопада", "листопаді", "листопадом", "листопаду", "ноябрь", "ноября",
        "ноябре", "ноябрем", "ноябрём", "ноябрю",
      ],
      [
        "грудень", "грудня", "грудні", "груднем", "грудню", "декабрь", "декабря", "декабре",
        "декабрем", "декабрём", "декабрю",
      ],
    ]
    var result: [String: Int] = [:]
    for (offset, forms) in table.enumerated() {
      for form in forms { result[form] = offset + 1 }
    }
    return result
  }()

  /// Whether the month word of `date` (a date's text, "30 маю") is, in text written in
  /// `language`, a common word of that language and no month: the Russian forms of May in
  /// Ukrainian (`маю` "I have", `май` "have", `мая`). (The Ukrainian `лютого`, `листопад` are
  /// Russian words too, "fierce" and "leaf fall", but rare in Russian news, and left alone.)
  public static func isCommonWord(inDate date: String, language: Language) -> Bool {
    guard language == .uk else { return false }
    return date.lowercased().split { !$0.isLetter }.contains {
      ukrainianHomographs.contains(String($0))
    }
  }

  private static let ukrainianHomographs: Set<String> = ["май", "мая", "мае", "маем", "маю"]

  /// The stems of the month adjectives (березневий номер, мартовский номер: "the March issue"),
  /// which name the month as the English attributive noun does.
  static let adjectiveStems: [(stem: String, month: Int)] = [
    ("січнев", 1), ("лютнев", 2), ("березнев", 3), ("квітнев", 4), ("травнев", 5),
    ("червнев", 6), ("липнев", 7), ("серпнев", 8), ("вереснев", 9), ("жовтнев", 10),
    ("листопадов", 11), ("груднев", 12), ("январск", 1), ("февральск", 2), ("мартовск", 3),
    ("апрельск", 4), ("майск", 5), ("июньск", 6), ("июльск", 7), ("августовск", 8),
    ("сентябрьск", 9), ("октябрьск", 10), ("ноябрьск", 11), ("декабрьск", 12),
  ]

  /// ``adjectiveStems`` by their first two letters.
  private static let adjectiveStemsByHead: [[Unicode.Scalar]: [(stem: String, month: Int)]] =
    Dictionary(grouping: adjectiveStems) { Array($0.stem.unicodeScalars.prefix(2)) }

  /// The month of a Cyrillic adjective of `stem` plus an adjective ending of at most four
  /// letters (березнева, мартовского).
  static func adjectiveMonth(_ lower: String) -> Int? {
    // Every Cyrillic word of an article comes here: only the stems sharing its first two
    // letters are compared, since a String prefix test is a normalizing comparison.
    var scalars = lower.unicodeScalars.makeIterator()
    guard let first = scalars.next(), let second = scalars.next(),
      let candidates = adjectiveStemsByHead[[first, second]]
    else { return nil }
    for (stem, month) in candidates
    where lower.hasPrefix(stem) && lower.count - stem.count >= 2 && lower.count - stem.count <= 4 {
      let ending = lower.dropFirst(stem.count)
      if ending.first.map({ "ийіаоуеяю".contains($0) }) ?? false { return month }
    }
    return nil
  }

  /// Words that, capitalized at the start of a sentence, still introduce a month ("In May").
  static let monthPrepositions: Set<String> = [
    "in", "since", "by", "until", "till", "from", "during", "through", "early", "late", "mid",
    "last", "next", "this", "each", "every", "as", "for", "before", "after", "throughout",
  ]

  /// Whether "May" after `previous` could be the verb or a surname.
  static func mayNeedsNumber(after previous: AnchorToken?) -> Bool {
    guard let previous else { return true }
    switch previous.kind {
    case .word: return previous.isCapitalized && !monthPrepositions.contains(previous.lower)
    case .number: return false
    case .symbol: return !",(–—-".contains(previous.text)
    }
  }

  /// Month number by English name or abbreviation (lower-case).
  static let english: [String: Int] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var result: [String: Int] = [:]
    for (offset, name) in names.enumerated() {
      result[name] = offset + 1
    }
    return result
  }()

  /// English abbreviations (Jan, Sept…), which name a month only beside a number.
  static let englishAbbreviations: [String: Int] = {
    let names = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    var result: [String: Int] = [:]
    for name in names { result[name] = english.first { $0.key.hasPrefix(name) }?.value }
    result["sept"] = 9
    return result
  }()

  /// Ukrainian and Russian abbreviations (листоп., нояб.), which name a month only beside a
  /// number, as the English ones do. "трав" and "лист" are left out: beside a number they are
  /// more often "5 трав" (herbs) and "1 лист" (a letter, a sheet).
  static let cyrillicAbbreviations: [String: Int] = {
    let months: [(Int, [String])] = [
      (1, ["січ", "янв"]), (2, ["лют", "фев", "февр"]), (3, ["берез", "бер", "мар"]),
      (4, ["квіт", "апр"]), (6, ["черв", "июн"]), (7, ["лип", "июл"]),
      (8, ["серп", "авг"]), (9, ["верес", "вер", "сент", "сен"]), (10, ["жовт", "окт"]),
      (11, ["листоп", "нояб", "ноя"]), (12, ["груд", "дек"]),
    ]
    var result: [String: Int] = [:]
    for (month, names) in months {
      for name in names { result[name] = month }
    }
    return result
  }()

  /// The month (1…12) that `word` names, if it names one.
  ///
  /// English names must be capitalized ("March", not the verb "march"); "May" and abbreviations
  /// name a month in a text only beside a day or a year, which ``DateAnchor`` checks.
  public static func month(of word: String) -> Int? {
    lookup(word)?.month
  }

  /// Whether `word` is a Cyrillic month adjective (Березневий, мартовского) rather than the
  /// month's name: capitalized, it starts a sentence, where the month's name (Марта) may be a
  /// person's.
  public static func isAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    return cyrillic[lower] == nil && adjectiveMonth(lower) != nil
  }

  /// The month of `word` and whether the word is ambiguous without a number beside it.
  ///
  /// `previous` is the token before the word: a capitalized "May" inside a sentence is the
  /// month ("since May", "As for May"), but at the start of a sentence it may be the verb ("May
  /// I ask") and after a capitalized word a surname (Theresa May), so there it needs a number. A
  /// possessive ("April's") names the month too.
  static func lookup(_ word: String, lower: String? = nil, previous: AnchorToken? = nil) -> (
    month: Int, needsNumber: Bool
  )? {
    var lower = lower ?? word.lowercased()
    if let month = cyrillic[lower] { return (month, false) }
    if let month = cyrillicAbbreviations[lower] { return (month, true) }
    if let first = lower.unicodeScalars.first, first.value >= 0x400, first.value <= 0x4FF {
      return adjectiveMonth(lower).map { ($0, false) }
    }
    guard word.unicodeScalars.first?.properties.isUppercase == true else { return nil }
    if lower.hasSuffix("'s") { lower.removeLast(2) }
    if let month = english[lower] {
      return (month, lower == "may" && Self.mayNeedsNumber(after: previous))
    }
    if let month = englishAbbreviations[lower] { return (month, true) }
    return nil
  }
}
