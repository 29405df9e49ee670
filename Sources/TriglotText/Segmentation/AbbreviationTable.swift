/// The abbreviations ``SentenceSplitter`` knows, per language.
///
/// Only abbreviations written with a period matter: the rest never look like a sentence end.
/// Entries are in lower case without spaces; the splitter matches them case-insensitively and
/// ignores spaces (`т. зв.` = `т.зв.`).
public enum AbbreviationTable {
  /// The abbreviations of `language` with their kinds (for `.other` and `.mixed`, those of all
  /// three languages).
  public static func abbreviations(for language: Language) -> [String: AbbreviationKind] {
    switch language {
    case .uk: ukrainian
    case .ru: russian
    case .en: english
    case .other, .mixed: all
    }
  }

  /// The longest entry, in scalars: how far back from a period the splitter needs to look.
  static let longestEntry = all.keys.map(\.unicodeScalars.count).max() ?? 0

  private static func table(_ lists: [AbbreviationKind: String]) -> [String: AbbreviationKind] {
    var result: [String: AbbreviationKind] = [:]
    for (kind, list) in lists {
      for entry in list.split(separator: " ") { result[String(entry)] = kind }
    }
    return result
  }

  private static let ukrainian = table([
    .prefix: """
    т.зв. т.ч. т.б. в.о. ім. вул. пл. просп. пров. бульв. с. смт. сел. див. напр. пор. \
    порівн. проф. акад. доц. ген. полк. підполк. лейт. гр. п. пп. св. о. ч. дж. тов. заст.
    """,
    .trailing: "млн. млрд. трлн. тис. грн. коп. дол. рр. обл. т.д. т.п. н.е.",
    .afterNumber: "р. ст. м. кв. км. год. хв.",
  ])

  private static let russian = table([
    .prefix: """
    т.е. т.н. т.к. т.ч. т.о. им. ул. пл. пр. просп. пер. с. пос. д. см. напр. ср. проф. \
    акад. доц. ген. полк. подполк. лейт. гр. п. пп. св. о. дж. тов. зам.
    """,
    .trailing: "млн. млрд. трлн. тыс. руб. коп. долл. гг. вв. обл. чел. т.д. т.п. н.э.",
    .afterNumber: "г. в. р. ст. м. кв. км. ч. мин.",
  ])

  private static let english = table([
    .prefix: """
    mr. mrs. ms. messrs. dr. prof. st. mt. ft. gen. lt. col. maj. capt. cmdr. sgt. cpl. \
    adm. brig. sen. rep. gov. pres. rev. hon. amb. no. nos. vs. v. e.g. i.e. cf. approx. \
    fig. vol. p. pp. u.s. u.k. u.n. e.u. jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.
    """,
    .trailing: "etc. inc. ltd. co. corp. jr. sr. bros. plc.",
    .afterNumber: "a.m. p.m. bn. mln. km. kg. lb. oz.",
  ])

  private static let all = ukrainian.merging(russian) { first, _ in first }
    .merging(english) { first, _ in first }
}
