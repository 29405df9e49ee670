/// The weighted grammars `ReverseTransliterator` reads Latin with: one rule per line,
/// `latin cyrillic cost [context]` (context letters: S word start, E word end, V after a vowel,
/// C after a consonant, K before a consonant or the end, M not at the start, N not at the end).
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
  /// Readings shared by Ukrainian and Russian.
  private static let common = """
    a а 0
    b б 0
    d д 0
    f ф 0
    k к 0
    l л 0
    m м 0
    n н 0
    o о 0
    p п 0
    r р 0
    s с 0
    t т 0
    u у 0
    v в 0
    w в 0.5
    z з 0
    x кс 0.3
    c к 0.8
    c ц 1
    q к 1
    ph ф 0.5
    zh ж 0
    kh х 0
    ch ч 0
    sh ш 0
    shch щ 0
    sch щ 0.6
    sch ш 1.2
    shh щ 1.5
    schtsch щ 0.3
    tch ч 1.5
    tsch ч 1
    ts ц 0
    ts тс 2.5
    tz ц 1
    š ш 0
    č ч 0
    ž ж 0
    ŝ щ 0
    â я 0
    û ю 0
    ʹ ь 0
    l ль 1.6 K
    n нь 1.6 K
    t ть 1.8 K
    d дь 1.8 K
    s сь 1.8 K
    z зь 1.8 K
    ts ць 1.6 K
    """

  /// Ukrainian readings (KMU 2010 first).
  static let ukrainian = ReverseTransliterationRule.parse(
    common + "\n" + """
      e е 0
      e є 1.2 S
      e є 1.5 M
      h г 0
      h х 1
      g г 0.6
      g ґ 0.8
      gh г 1
      zgh зг 0
      i і 0
      i и 0.8
      i ї 0.3 V
      i й 0.4 VK
      i й 0.2 VE
      y и 0
      y й 0.2 V
      y ий 0.6 CE
      ya я 0 S
      ya я 0.3
      ya ья 1.5 C
      ia я 0 M
      ia ія 0.8
      yu ю 0 S
      yu ю 0.3
      yu ью 1.5 C
      iu ю 0 M
      iu ію 1
      ye є 0 S
      ye є 0.4
      ie є 0 M
      ie іє 1
      yi ї 0 S
      yi ї 0.5 MN
      yi ї 0.8 E
      yi ий 0 E
      yy ий 0.1 E
      iy ій 0.2 E
      iy ий 0.5 E
      ii ій 0 E
      ii ії 0.4
      yo йо 0.3 S
      yo ьо 0.3 C
      yo йо 0.6 V
      io ьо 0.6 C
      j й 1
      j дж 1.5
      ' ' 0.2
      ’ ' 0.2
      ʼ ' 0
      ì і 0
      ï ї 0
      ê є 0
      ǵ ґ 0
      sk ськ 0.2 E
      """ + "\n" + adjectiveEndings(ukrainian: true))

  /// Russian readings (BGN/PCGN first).
  static let russian = ReverseTransliterationRule.parse(
    common + "\n" + """
      e е 0
      e э 0.6 S
      e э 1.5 V
      e ё 1.2
      h х 0.5
      h г 0.8
      g г 0
      gh г 1
      i и 0
      i й 0.3 VK
      i ы 1.5
      i ь 1.5 CN
      y ь 0.8 CN
      y ы 0.8
      y и 0.5
      y й 0.2 V
      y ий 0.3 CE
      y ый 0.5 CE
      ya я 0
      ya ья 0.7 C
      ia ия 0.5
      ia я 0.6 C
      yu ю 0
      yu ью 0.7 C
      iu ию 0.5
      iu ю 0.6 C
      ye е 0 S
      ye е 0 V
      ye ье 0.7 C
      ye е 0.5 C
      ye э 2
      ie ие 0.5
      ie ье 0.8 C
      yo ё 0.2
      yo йо 0.6 S
      yo ьо 1.5 C
      io ё 1
      io ио 0.8
      ii ий 0 E
      iy ий 0 E
      ij ий 0.3 E
      yy ый 0.3 E
      yi ый 0.5 E
      lny льный 0.2 E
      j й 0.5
      j дж 1.5
      ' ь 0.5
      ' ъ 1
      ’ ь 0.5
      ʺ ъ 0
      è э 0
      ë ё 0
      """ + "\n" + adjectiveEndings(ukrainian: false))

  /// The Latin spellings of the adjectival surname and place endings -ський/-цький (uk) and
  /// -ский/-цкий (ru): KMU's -skyi, the press's -sky, -skyy, -skiy, -skii, -ski, -skij.
  private static func adjectiveEndings(ukrainian: Bool) -> String {
    let spellings: [(String, Double)] = [
      ("kyi", 0), ("kyy", 0.1), ("ky", 0.1), ("kiy", 0.2), ("kii", 0.2), ("kij", 0.4),
      ("ki", 0.6),
    ]
    let stems = ukrainian ? [("s", "ськ"), ("ts", "цьк")] : [("s", "ск"), ("ts", "цк")]
    return stems.flatMap { latin, cyrillic in
      spellings.map { "\(latin)\($0.0) \(cyrillic)ий \($0.1) E" }
    }.joined(separator: "\n")
  }
}
