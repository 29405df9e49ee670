/// The names of the months in Ukrainian, Russian and English, in every case news text uses
/// (липень, липня, липні; июль, июля, июле; July, Jul.).
public enum MonthNames {
  /// Month number (1…12) by lower-case Ukrainian or Russian form.
  static let cyrillic: [String: Int] = {
    let table: [[String]] = [
      ["січень", "січня", "січні", "січнем", "январь", "января", "январе", "январем", "январём"],
      [
        "лютий", "лютого", "лютому", "лютим", "февраль", "февраля", "феврале", "февралем",
        "февралём",
      ],
      ["березень", "березня", "березні", "березнем", "март", "марта", "марте", "мартом"],
      ["квітень", "квітня", "квітні", "квітнем", "апрель", "апреля", "апреле", "апрелем"],
      ["травень", "травня", "травні", "травнем", "май", "мая", "мае", "маем"],
      ["червень", "червня", "червні", "червнем", "июнь", "июня", "июне", "июнем"],
      ["липень", "липня", "липні", "липнем", "июль", "июля", "июле", "июлем"],
      ["серпень", "серпня", "серпні", "серпнем", "август", "августа", "августе", "августом"],
      [
        "вересень", "вересня", "вересні", "вереснем", "сентябрь", "сентября", "сентябре",
        "сентябрем", "сентябрём",
      ],
      [
        "жовтень", "жовтня", "жовтні", "жовтнем", "октябрь", "октября", "октябре", "октябрем",
        "октябрём",
      ],
      [
        "листопад", "листопада", "листопаді", "листопадом", "ноябрь", "ноября", "ноябре",
        "ноябрем", "ноябрём",
      ],
      [
        "грудень", "грудня", "грудні", "груднем", "декабрь", "декабря", "декабре", "декабрем",
        "декабрём",
      ],
    ]
    var result: [String: Int] = [:]
    for (offset, forms) in table.enumerated() {
      for form in forms { result[form] = offset + 1 }
    }
    return result
  }()

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

  /// The month (1…12) that `word` names, if it names one.
  ///
  /// English names must be capitalized ("March", not the verb "march"); "May" and abbreviations
  /// name a month in a text only beside a day or a year, which ``DateAnchor`` checks.
  public static func month(of word: String) -> Int? {
    lookup(word)?.month
  }

  /// The month of `word` and whether the word is ambiguous without a number beside it.
  static func lookup(_ word: String, lower: String? = nil) -> (month: Int, needsNumber: Bool)? {
    let lower = lower ?? word.lowercased()
    if let month = cyrillic[lower] { return (month, false) }
    guard word.unicodeScalars.first?.properties.isUppercase == true else { return nil }
    if let month = english[lower] { return (month, lower == "may") }
    if let month = englishAbbreviations[lower] { return (month, true) }
    return nil
  }
}
