/// What makes one generated copy of an article differ from another: its numbers and its
/// surnames, changed the same way in all three editions so that the editions still agree
/// (only the deliberate edits make them disagree).
///
/// Numbers: a run of digits that reads as a year (19xx, 20xx) or is a single digit (which an
/// edition may spell out in words) is kept; one from 10 to 28 (a day, a count) moves by the same
/// offset within 10…28; any other has each digit 1–9 replaced through a permutation (0 is kept,
/// so no number gains a leading zero). Surnames: the Ukrainian ones in -енко/-enko that the
/// Corpora use, which Ukrainian and Russian keep unchanged before the ending, are swapped for
/// others of the same kind.
struct ArticleVariation {
  private let dayOffset: Int
  private let digits: [UInt8]
  private let surnames: [(from: Surname, to: Surname)]

  /// A variation drawn from `random`.
  init(using random: inout SeededGenerator) {
    dayOffset = Int.random(in: 0..<19, using: &random)
    digits = [0x30] + Array(0x31...0x39).shuffled(using: &random)
    let pool = Surname.pool.shuffled(using: &random)
    surnames = zip(Surname.corpora, pool).map { ($0, $1) }
  }

  /// `text` of `edition` with its numbers and surnames changed.
  /// - Complexity: O(*n* · *s*) for *n* UTF-8 bytes and *s* surnames.
  func apply(to text: String, edition: Edition) -> String {
    var bytes = varyNumbers(Array(text.utf8))
    for (from, to) in surnames {
      bytes = Self.replacing(
        Array((from.stem(edition) + from.suffix(edition)).utf8),
        with: Array((to.stem(edition) + to.suffix(edition)).utf8), in: bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `bytes` with every occurrence of `target` replaced by `replacement` (a byte search: the
  /// Foundation search that `String.contains` picks folds character clusters and is many times
  /// slower).
  private static func replacing(_ target: [UInt8], with replacement: [UInt8], in bytes: [UInt8])
    -> [UInt8]
  {
    guard let first = target.first, bytes.contains(first) else { return bytes }
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == first, bytes[index...].starts(with: target) {
        result += replacement
        index += target.count
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  /// `bytes` (UTF-8) with every run of digits changed as the type's description says.
  private func varyNumbers(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var start = 0
    while start < bytes.count {
      guard Self.isDigit(bytes[start]) else {
        result.append(bytes[start])
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
      result += vary(bytes[start..<end])
      start = end
    }
    return result
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

  private func vary(_ number: ArraySlice<UInt8>) -> [UInt8] {
    let first = number.first!
    let second = number.dropFirst().first
    let isYear =
      number.count == 4 && ((first == 0x31 && second == 0x39) || (first == 0x32 && second == 0x30))
    if number.count == 1 || isYear { return Array(number) }
    if number.count == 2 {
      let value = Int(first - 0x30) * 10 + Int(second! - 0x30)
      if (10...28).contains(value) { return Array(String((value - 10 + dayOffset) % 19 + 10).utf8) }
    }
    return number.map { digits[Int($0 - 0x30)] }
  }
}

/// A Ukrainian surname in -енко, as each edition writes the part before the case ending.
struct Surname {
  let uk: String
  let en: String
  let ru: String

  /// The part that stays the same in every case form.
  func stem(_ edition: Edition) -> String {
    switch edition {
    case .uk: uk
    case .en: en
    case .ru: ru
    }
  }

  /// What follows the stem in every form (Ukrainian declines the last vowel: Марченка).
  func suffix(_ edition: Edition) -> String {
    edition == .en ? "enk" : "енк"
  }

  /// Surnames the Corpora's articles use.
  static let corpora: [Surname] = [
    Surname(uk: "Марч", en: "March", ru: "Марч"), Surname(uk: "Ковал", en: "Koval", ru: "Ковал"),
    Surname(uk: "Свирид", en: "Svyryd", ru: "Свирид"), Surname(uk: "Тимч", en: "Timch", ru: "Тимч"),
    Surname(uk: "Зайч", en: "Zaich", ru: "Зайч"), Surname(uk: "Бондар", en: "Bondar", ru: "Бондар"),
    Surname(uk: "Тимош", en: "Tymosh", ru: "Тимош"), Surname(uk: "Шевч", en: "Shevch", ru: "Шевч"),
    Surname(uk: "Кост", en: "Kost", ru: "Кост"), Surname(uk: "Лис", en: "Lys", ru: "Лыс"),
    Surname(uk: "Литвин", en: "Lytvyn", ru: "Литвин"), Surname(uk: "Демч", en: "Demch", ru: "Демч"),
    Surname(uk: "Дудч", en: "Dudch", ru: "Дудч"), Surname(uk: "Геращ", en: "Herashch", ru: "Геращ"),
  ]

  /// Surnames they are swapped for (at least as many as `corpora`).
  static let pool: [Surname] = [
    Surname(uk: "Петр", en: "Petr", ru: "Петр"), Surname(uk: "Остап", en: "Ostap", ru: "Остап"),
    Surname(uk: "Левч", en: "Levch", ru: "Левч"), Surname(uk: "Сидор", en: "Sydor", ru: "Сидор"),
    Surname(uk: "Павл", en: "Pavl", ru: "Павл"),
    Surname(uk: "Мельнич", en: "Melnych", ru: "Мельнич"),
    Surname(uk: "Нестер", en: "Nester", ru: "Нестер"),
    Surname(uk: "Яковл", en: "Yakovl", ru: "Яковл"),
    Surname(uk: "Савч", en: "Savch", ru: "Савч"), Surname(uk: "Ющ", en: "Yushch", ru: "Ющ"),
    Surname(uk: "Тарас", en: "Taras", ru: "Тарас"), Surname(uk: "Кирил", en: "Kyryl", ru: "Кирил"),
    Surname(uk: "Гончар", en: "Honchar", ru: "Гончар"),
    Surname(uk: "Кравч", en: "Kravch", ru: "Кравч"),
    Surname(uk: "Радч", en: "Radch", ru: "Радч"), Surname(uk: "Федор", en: "Fedor", ru: "Федор"),
    Surname(uk: "Мороз", en: "Moroz", ru: "Мороз"),
    Surname(uk: "Прокоп", en: "Prokop", ru: "Прокоп"),
    Surname(uk: "Ярем", en: "Yarem", ru: "Ярем"), Surname(uk: "Грищ", en: "Hryshch", ru: "Грищ"),
  ]
}
