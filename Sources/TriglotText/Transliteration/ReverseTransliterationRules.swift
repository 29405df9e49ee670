/// The weighted grammars `ReverseTransliterator` reads Latin with: one rule per line, Latin
/// letters, their Cyrillic reading, the cost and where the rule applies. The rules are Swift
/// values, so a malformed row fails the build rather than a user's run.
///
/// Where a consonant cluster such as sh, kh, ts or zgh matches, `ReverseTransliterator` charges
/// reading its first letter alone (`clusterSplitPenalty`): the standards chose the clusters to be
/// unambiguous.
///
/// Costs are in nats: 0 for the reading of the language's main standard (KMU 2010 for Ukrainian,
/// BGN/PCGN for Russian), a few tenths for the readings of other standards and the press, 1 or
/// more for rare readings. They cover KMU 2010, BGN/PCGN, ICAO 9303, the press's -y/-iy/-yy for
/// -ий, Ukrainian-style h for г, German tsch/sch, GOST 7.79 B's shh, and ISO 9's diacritics.
enum ReverseTransliterationRules {
  typealias Rule = ReverseTransliterationRule

  /// Readings shared by Ukrainian and Russian.
  private static let common: [Rule] = [
    Rule("a", "а", 0),
    Rule("b", "б", 0),
    Rule("d", "д", 0),
    Rule("f", "ф", 0),
    Rule("k", "к", 0),
    Rule("l", "л", 0),
    Rule("m", "м", 0),
    Rule("n", "н", 0),
    Rule("o", "о", 0),
    Rule("p", "п", 0),
    Rule("r", "р", 0),
    Rule("s", "с", 0),
    Rule("t", "т", 0),
    Rule("u", "у", 0),
    Rule("v", "в", 0),
    Rule("w", "в", 0.5),
    Rule("z", "з", 0),
    Rule("x", "кс", 0.3),
    Rule("c", "к", 0.8),
    Rule("c", "ц", 1),
    Rule("q", "к", 1),
    Rule("ph", "ф", 0.5),
    Rule("zh", "ж", 0),
    Rule("kh", "х", 0),
    Rule("ch", "ч", 0),
    Rule("sh", "ш", 0),
    Rule("shch", "щ", 0),
    Rule("sch", "щ", 0.6),
    Rule("sch", "ш", 1.2),
    Rule("shh", "щ", 1.5),
    Rule("schtsch", "щ", 0.3),
    Rule("tch", "ч", 1.5),
    Rule("tsch", "ч", 1),
    Rule("ts", "ц", 0),
    Rule("ts", "тс", 2.5),
    Rule("tz", "ц", 1),
    Rule("š", "ш", 0),
    Rule("č", "ч", 0),
    Rule("ž", "ж", 0),
    Rule("ŝ", "щ", 0),
    Rule("â", "я", 0),
    Rule("û", "ю", 0),
    Rule("ʹ", "ь", 0),
    Rule("l", "ль", 1.6, [.beforeConsonantOrEnd]),
    Rule("n", "нь", 1.6, [.beforeConsonantOrEnd]),
    Rule("t", "ть", 1.8, [.beforeConsonantOrEnd]),
    Rule("d", "дь", 1.8, [.beforeConsonantOrEnd]),
    Rule("s", "сь", 1.8, [.beforeConsonantOrEnd]),
    Rule("z", "зь", 1.8, [.beforeConsonantOrEnd]),
    Rule("ts", "ць", 1.6, [.beforeConsonantOrEnd]),
  ]

  /// Ukrainian readings (KMU 2010 first).
  static let ukrainian: [Rule] =
    common + [
      Rule("e", "е", 0),
      Rule("e", "є", 1.2, [.start]),
      Rule("e", "є", 1.5, [.notStart]),
      Rule("h", "г", 0),
      Rule("h", "х", 1),
      Rule("g", "г", 0.6),
      Rule("g", "ґ", 0.8),
      Rule("gh", "г", 1),
      Rule("zgh", "зг", 0),
      Rule("i", "і", 0),
      Rule("i", "и", 0.8),
      Rule("i", "ї", 0.3, [.afterVowel]),
      Rule("i", "й", 0.4, [.afterVowel, .beforeConsonantOrEnd]),
      Rule("i", "й", 0.2, [.afterVowel, .end]),
      Rule("y", "и", 0),
      Rule("y", "й", 0.2, [.afterVowel]),
      Rule("y", "ий", 0.6, [.afterConsonant, .end]),
      Rule("ya", "я", 0, [.start]),
      Rule("ya", "я", 0.3),
      Rule("ya", "ья", 1.5, [.afterConsonant]),
      Rule("ia", "я", 0, [.notStart]),
      Rule("ia", "ія", 0.8),
      Rule("yu", "ю", 0, [.start]),
      Rule("yu", "ю", 0.3),
      Rule("yu", "ью", 1.5, [.afterConsonant]),
      Rule("iu", "ю", 0, [.notStart]),
      Rule("iu", "ію", 1),
      Rule("ye", "є", 0, [.start]),
      Rule("ye", "є", 0.4),
      Rule("ie", "є", 0, [.notStart]),
      Rule("ie", "іє", 1),
      Rule("yi", "ї", 0, [.start]),
      Rule("yi", "ї", 0.5, [.notStart, .notEnd]),
      Rule("yi", "ї", 0.8, [.end]),
      Rule("yi", "ий", 0, [.end]),
      Rule("yy", "ий", 0.1, [.end]),
      Rule("iy", "ій", 0.2, [.end]),
      Rule("iy", "ий", 0.5, [.end]),
      Rule("ii", "ій", 0, [.end]),
      Rule("ii", "ії", 0.4),
      Rule("yo", "йо", 0.3, [.start]),
      Rule("yo", "ьо", 0.3, [.afterConsonant]),
      Rule("yo", "йо", 0.6, [.afterVowel]),
      Rule("io", "ьо", 0.6, [.afterConsonant]),
      Rule("j", "й", 1),
      Rule("j", "дж", 1.5),
      Rule("'", "'", 0.2),
      Rule("’", "'", 0.2),
      Rule("ʼ", "'", 0),
      Rule("ì", "і", 0),
      Rule("ï", "ї", 0),
      Rule("ê", "є", 0),
      Rule("ǵ", "ґ", 0),
      Rule("sk", "ськ", 0.2, [.end]),
    ] + adjectiveEndings(ukrainian: true)

  /// Russian readings (BGN/PCGN first).
  static let russian: [Rule] =
    common + [
      Rule("e", "е", 0),
      Rule("e", "э", 0.6, [.start]),
      Rule("e", "э", 1.5, [.afterVowel]),
      Rule("e", "ё", 1.2),
      Rule("h", "х", 0.5),
      Rule("h", "г", 0.8),
      Rule("g", "г", 0),
      Rule("gh", "г", 1),
      Rule("i", "и", 0),
      Rule("i", "й", 0.3, [.afterVowel, .beforeConsonantOrEnd]),
      Rule("i", "ы", 1.5),
      Rule("i", "ь", 1.5, [.afterConsonant, .notEnd]),
      Rule("y", "ь", 0.8, [.afterConsonant, .notEnd]),
      Rule("y", "ы", 0.8),
      Rule("y", "и", 0.5),
      Rule("y", "й", 0.2, [.afterVowel]),
      Rule("y", "ий", 0.3, [.afterConsonant, .end]),
      Rule("y", "ый", 0.5, [.afterConsonant, .end]),
      Rule("ya", "я", 0),
      Rule("ya", "ья", 0.7, [.afterConsonant]),
      Rule("ia", "ия", 0.5),
      Rule("ia", "я", 0.6, [.afterConsonant]),
      Rule("yu", "ю", 0),
      Rule("yu", "ью", 0.7, [.afterConsonant]),
      Rule("iu", "ию", 0.5),
      Rule("iu", "ю", 0.6, [.afterConsonant]),
      Rule("ye", "е", 0, [.start]),
      Rule("ye", "е", 0, [.afterVowel]),
      Rule("ye", "ье", 0.7, [.afterConsonant]),
      Rule("ye", "е", 0.5, [.afterConsonant]),
      Rule("ye", "э", 2),
      Rule("ie", "ие", 0.5),
      Rule("ie", "ье", 0.8, [.afterConsonant]),
      Rule("yo", "ё", 0.2),
      Rule("yo", "йо", 0.6, [.start]),
      Rule("yo", "ьо", 1.5, [.afterConsonant]),
      Rule("io", "ё", 1),
      Rule("io", "ио", 0.8),
      Rule("ii", "ий", 0, [.end]),
      Rule("iy", "ий", 0, [.end]),
      Rule("ij", "ий", 0.3, [.end]),
      Rule("yy", "ый", 0.3, [.end]),
      Rule("yi", "ый", 0.5, [.end]),
      Rule("lny", "льный", 0.2, [.end]),
      Rule("j", "й", 0.5),
      Rule("j", "дж", 1.5),
      Rule("'", "ь", 0.5),
      Rule("'", "ъ", 1),
      Rule("’", "ь", 0.5),
      Rule("ʺ", "ъ", 0),
      Rule("è", "э", 0),
      Rule("ë", "ё", 0),
    ] + adjectiveEndings(ukrainian: false)

  /// The Latin spellings of the adjectival surname and place endings -ський/-цький (uk) and
  /// -ский/-цкий (ru): KMU's -skyi, the press's -sky, -skyy, -skiy, -skii, -ski, -skij.
  private static func adjectiveEndings(ukrainian: Bool) -> [Rule] {
    let spellings: [(String, Double)] = [
      ("kyi", 0), ("kyy", 0.1), ("ky", 0.1), ("kiy", 0.2), ("kii", 0.2), ("kij", 0.4),
      ("ki", 0.6),
    ]
    let stems = ukrainian ? [("s", "ськ"), ("ts", "цьк")] : [("s", "ск"), ("ts", "цк")]
    return stems.flatMap { latin, cyrillic in
      spellings.map { Rule(latin + $0.0, cyrillic + "ий", $0.1, [.end]) }
    }
  }
}
