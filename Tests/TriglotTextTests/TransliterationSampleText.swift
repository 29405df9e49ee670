import TriglotTestSupport
import TriglotText

/// Deterministic sample text for the transliteration tests: news-like words, random letter
/// strings, every case pattern, apostrophes inside and around words, Latin, digits, punctuation,
/// emoji and combining marks.
enum SampleText {
  /// The seeded generator the sample texts are drawn with.
  typealias Random = SplitMix64

  static let ukrainianWords = """
    уряд ухвалив бюджет на наступний рік депутати проголосували за зміни до закону міністр \
    фінансів заявив що видатки на оборону зростуть Київ Харків Одеса Запоріжжя Згурський \
    Зелений з’їзд п’ятниця м’ясо сім’я об’єкт їжак Юлія Яготин Єнакієве йорж район країни \
    щодо інформації області громади Збруч згода безпеки Ґалаґан ґанок війна Європа
    """.split(separator: " ").map(String.init)

  static let russianWords = """
    правительство утвердило бюджет депутаты проголосовали министр финансов заявил расходы \
    вырастут Москва Ельцин съезд подъезд объявил ёлка Щёкино всё её Юрий Дмитрий Достоевский \
    красный Бийск Горбачёв Королёв Эхо объём статья Наталья Цюрих цирк
    """.split(separator: " ").map(String.init)

  static let latinWords = ["Reuters", "NATO", "don't", "e-mail", "COVID", "iPhone", "Zelensky"]
  static let separators = [
    " ", " ", " ", ", ", ". ", " — ", ": ", "; ", "! ", "? ", " (", ") ", " «", "» ", "-", " 2024 ",
    " 5,5 % ", "\t", " № 12 ", " 🇺🇦 ", " ' ", " ’", "’ ", " \"", "\" ", "/", " #1 ", " ` ",
  ]

  static func alphabet(_ language: Language) -> [String] {
    let letters =
      language == .ru
      ? TransliterationPublishedTables.russian
      : TransliterationPublishedTables.ukrainian
    return letters.split(separator: " ").map(String.init)
  }

  /// `lines` lines of mixed sample text for `language`.
  static func mixed(language: Language, lines: Int, seed: UInt64 = 7) -> String {
    var random = Random(seed: seed)
    let words = language == .ru ? russianWords : ukrainianWords
    let other = language == .ru ? ukrainianWords : russianWords
    let letters = alphabet(language)
    let apostrophes = ["'", "’", "ʼ", "‘"]
    var output: [String] = []
    for _ in 0..<lines {
      var line = ""
      for _ in 0..<random.next(in: 0...14) {
        var word: String
        switch random.next(in: 0...9) {
        case 0...4: word = random.pick(words)
        case 5: word = random.pick(other)
        case 6: word = random.pick(latinWords)
        case 7:
          word = (0..<random.next(in: 1...9)).map { _ in random.pick(letters) }.joined()
        case 8:
          word =
            random.pick(words) + random.pick(apostrophes) + random.pick(letters)
            + random.pick(words)
        default: word = random.pick(letters) + "\u{301}" + random.pick(letters)
        }
        switch random.next(in: 0...5) {
        case 0: word = word.uppercased()
        case 1: word = word.prefix(1).uppercased() + word.dropFirst()
        case 2: word = word.prefix(1).lowercased() + word.dropFirst().uppercased()
        default: break
        }
        line += word + random.pick(separators)
      }
      output.append(line)
    }
    return output.joined(separator: "\n")
  }
}
