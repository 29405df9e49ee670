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

  /// The weight of the first stem `word` (lower case) begins with, or 0.
  static func ukrainianLogOdds(of word: String) -> Double {
    let scalars = word.unicodeScalars
    guard scalars.count >= minimumLength else { return 0 }
    var prefix = String.UnicodeScalarView()
    for scalar in scalars {
      prefix.append(scalar)
      guard prefix.count >= 3 else { continue }
      let stem = String(prefix)
      if ukrainian.contains(stem) { return weight }
      if russian.contains(stem) { return -weight }
    }
    return 0
  }
}
