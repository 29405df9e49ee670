/// Beginnings of frequent news words that differ between Ukrainian and Russian, for sentences
/// that have no telltale letter and few function words.
///
/// Each pair is general knowledge of the two vocabularies (Ukrainian отримати / Russian
/// получить, тиждень / неделя, уряд / правительство, month names …), listed by stem so that
/// every inflected form matches; stems that would contain a telltale letter (і, ї, є, ы …) are
/// left out because ``LetterFrequencies`` already scores them.
enum FrequentStems {
  /// The log-odds a matching stem adds (positive for Ukrainian, negative for Russian).
  static let weight = 1.5

  /// The shortest stem; shorter words are not looked up.
  static let minimumLength = 4

  /// Ukrainian stems whose Russian counterparts are different words.
  static let ukrainian: Set<String> = [
    "отрим", "тижн", "тижд", "громад", "допомог", "уряд", "робот", "робит", "робл", "зробл",
    "зроби", "здобу", "вдал", "завжди", "тепер", "багат", "майже", "вчора", "учора", "ворог",
    "ворож", "перемог", "зброя", "подовж", "зменш", "скорот", "зрост", "наступн", "останн", "кошт",
    "поверн", "забезпеч", "запровад", "ухвал", "оголос", "зазнач", "розпов", "прац", "мешкан",
    "хвилин", "годин", "повин", "можлив", "вважа", "бачи", "бачу", "дозвол", "вимаг", "спроб",
    "зустр", "питан", "держав", "посад", "червн", "липн", "серпн", "вересн", "жовтн", "листопад",
    "грудн", "лютого", "лютий", "березн", "березень", "травн", "зараз", "навколо", "протягом",
    "упродовж", "згодом", "одразу", "колишн",
  ]

  /// Russian stems whose Ukrainian counterparts are different words.
  static let russian: Set<String> = [
    "получ", "недел", "обществ", "помощ", "правительств", "работ", "всегда", "теперь", "много",
    "почти", "сейчас", "вчера", "враг", "побед", "оружи", "продл", "увелич", "уменьш", "сократ",
    "следующ", "последн", "средств", "деньг", "вернул", "обеспеч", "утверд", "принял", "приня",
    "отмет", "рассказ", "жител", "минут", "должн", "нужн", "возможн", "надеж", "надея", "счита",
    "наход", "разреш", "требов", "встреч", "вопрос", "решени", "государств", "руковод", "должност",
    "город", "стран", "сообщ", "заявлен", "месяц", "январ", "феврал", "апрел", "июн", "июл",
    "август", "сентябр", "октябр", "ноябр", "декабр", "кроме", "вокруг", "течение", "вскоре",
    "сразу",
  ]

  /// The stems as Unicode scalars: a word's prefixes are looked up scalar by scalar, which is many
  /// times faster than hashing a new `String` for each prefix.
  private static let ukrainianScalars = Set(ukrainian.map { Array($0.unicodeScalars) })
  private static let russianScalars = Set(russian.map { Array($0.unicodeScalars) })
  /// The longest stem's length: no longer prefix can be a stem, so a word is looked up only
  /// that far, which keeps a word of any length (an 80,000-letter run) to a few look-ups.
  private static let longestStem = (ukrainianScalars.union(russianScalars)).map(\.count).max()!

  /// The weight of the first stem `word` (lower case) begins with, or 0.
  ///
  /// - Complexity: O(1): at most ``longestStem`` prefixes of at most as many letters.
  static func ukrainianLogOdds(of word: String) -> Double {
    let scalars = Array(word.unicodeScalars.prefix(longestStem))
    guard scalars.count >= minimumLength else { return 0 }
    for length in 3...scalars.count {
      let stem = Array(scalars[..<length])
      if ukrainianScalars.contains(stem) { return weight }
      if russianScalars.contains(stem) { return -weight }
    }
    return 0
  }
}
