import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("name-spelling rule")
struct NameSpellingRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    /// One (uk, en, ru) paragraph per group.
    var rows: [(String, String, String)]
    /// The English spelling reported, or nil.
    var reported: String?
    var testDescription: String {
      reported ?? "consistent: \(rows.map(\.1).joined(separator: " / "))"
    }
  }

  static let cases: [Case] = [
    Case(
      rows: [
        (
          "Андрій Юсов заявив про атаку.", "Andrii Yusov reported the attack.",
          "Андрей Юсов заявил об атаке."
        ),
        (
          "Юсов додав, що дронів більше.", "Yusov added that there are more drones.",
          "Юсов добавил, что дронов больше."
        ),
        (
          "За словами Юсова, ворог втратив 40 танків.",
          "According to Iusov, the enemy lost 40 tanks.", "По словам Юсова, враг потерял 40 танков."
        ),
      ], reported: "Iusov"),
    Case(
      rows: [
        ("Судаков забив гол.", "Sudakov scored a goal.", "Судаков забил гол."),
        (
          "Георгій Судаков віддав пас.", "Heorhii Sudakov made a pass.",
          "Георгий Судаков отдал пас."
        ),
        (
          "Другий гол також забив Судаков.", "The second goal was also scored by Soudakov.",
          "Второй гол также забил Судаков."
        ),
      ], reported: "Soudakov"),
    // Two people with similar names are not one name spelled two ways.
    Case(
      rows: [
        ("Ірина Коваль виграла.", "Iryna Koval won.", "Ирина Коваль выиграла."),
        ("Арина Соболенко програла.", "Aryna Sabalenka lost.", "Арина Соболенко проиграла."),
      ], reported: nil),
    // A derived word is not a spelling variant.
    Case(
      rows: [
        ("Україна отримала кредит.", "Ukraine received a loan.", "Украина получила кредит."),
        ("Українські банки зросли.", "Ukrainian banks grew.", "Украинские банки выросли."),
      ], reported: nil),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) {
    let context = AuditFixture.context(
      example.rows.map { uk, en, ru in
        [
          .uk: .init(stringLiteral: uk), .en: .init(stringLiteral: en),
          .ru: .init(stringLiteral: ru),
        ]
      })
    let findings = NameSpellingRule().findings(in: context)
    #expect(findings.map { $0.values[.en] ?? [] } == (example.reported.map { [[$0]] } ?? []))
    #expect(findings.allSatisfy { $0.edition == .en && $0.severity == .warning })
  }

  @Test func offTheChosenStandard() {
    let context = AuditFixture.context([
      [.uk: "Андрій Юсов заявив.", .en: "Andrii Iusov said.", .ru: "Андрей Юсов заявил."]
    ])
    let rule = NameSpellingRule(
      standard: { ["Андрій": "Andrii", "Юсов": "Yusov"][$0] ?? $0 }, standardName: "kmu-2010")
    let findings = rule.findings(in: context)
    #expect(findings.map(\.message) == ["English edition spells Iusov where kmu-2010 gives Yusov"])
  }

  // MARK: House style

  /// An English edition that follows the house style — Andriy Yusov, Wagner, Naftogaz,
  /// PrivatBank, Klitschko — except once, where it writes the standard's Klychko.
  static let houseStyled: [[Language: AuditFixture.Cell]] = [
    [
      .uk: "Речник ГУР Андрій Юсов розповів, що ПВК «Вагнер» відступила.",
      .en: "GUR spokesman Andriy Yusov said that the Wagner group had retreated.",
    ],
    [
      .uk: "За словами Юсова, «Вагнер» втратив сотні бійців біля Бахмута.",
      .en: "According to Yusov, Wagner had lost hundreds of fighters near Bakhmut.",
    ],
    [
      .uk: "Компанія «Нафтогаз» і банк «ПриватБанк» оголосили про нові тарифи.",
      .en: "The company Naftogaz and the bank PrivatBank announced new tariffs.",
    ],
    [
      .uk: "Голова правління «Нафтогаз» підписав угоду.",
      .en: "The chairman of Naftogaz signed the agreement.",
    ],
    [
      .uk: "Мер Києва Віталій Кличко відвідав поранених у лікарні.",
      .en: "Kyiv Mayor Vitalii Klychko visited the wounded in hospital.",
    ],
  ]

  static let house = HouseNames(
    entries: [
      .init(cyrillic: "Юсов", latin: "Yusov", line: 1),
      .init(cyrillic: "Андрій", latin: "Andriy", line: 2),
      .init(cyrillic: "Вагнер", latin: "Wagner", line: 3),
      .init(cyrillic: "Нафтогаз", latin: "Naftogaz", line: 4),
      .init(cyrillic: "ПриватБанк", latin: "PrivatBank", line: 5),
      .init(cyrillic: "Кличко", latin: "Klitschko", line: 6),
    ], source: "house.tsv")

  static let kmu = try! Transliterator(TransliterationStandard.defaultStandard(for: .uk)!)

  static func rule(house: HouseNames?) -> NameSpellingRule {
    NameSpellingRule(
      standard: { (try? kmu.transliterate($0)) ?? $0 }, standardName: "kmu-2010",
      houseNames: house)
  }

  @Test func theStandardAloneFlagsTheHouseStyleAndMissesItsBreach() {
    let context = AuditFixture.context(Self.houseStyled, languages: [.uk, .en])
    let messages = Self.rule(house: nil).findings(in: context).map(\.message)
    #expect(
      messages == [
        "English edition spells Wagner where kmu-2010 gives Vahner",
        "English edition spells Wagner where kmu-2010 gives Vahner",
        "English edition spells Naftogaz where kmu-2010 gives Naftohaz",
        "English edition spells PrivatBank where kmu-2010 gives PryvatBank",
        "English edition spells Naftogaz where kmu-2010 gives Naftohaz",
      ])
  }

  @Test func theHouseStyleComesFirst() {
    let context = AuditFixture.context(Self.houseStyled, languages: [.uk, .en])
    let findings = Self.rule(house: Self.house).findings(in: context)
    #expect(
      findings.map(\.message) == [
        "English edition spells Klychko where the house style (house.tsv:6) gives Klitschko"
      ])
    #expect(findings.first?.group == 4)
    #expect(findings.first?.values[.en] == ["Klychko"])
  }

  @Test func aHouseSpellingDecidesBetweenTwoSpellingsOfTheEdition() {
    let context = AuditFixture.context([
      [.uk: "Андрій Юсов заявив.", .en: "Andriy Iusov said."],
      [.uk: "Юсов додав деталі.", .en: "Iusov added details."],
      [.uk: "За словами Юсова, все гаразд.", .en: "According to Yusov, all is well."],
    ], languages: [.uk, .en])
    let messages = NameSpellingRule(houseNames: Self.house).findings(in: context).map(\.message)
    #expect(
      messages == [
        "English edition spells Iusov where the house style (house.tsv:1) gives Yusov",
        "English edition spells Iusov where the house style (house.tsv:1) gives Yusov",
      ])
  }

  @Test func theAuditorTakesTheHouseList() throws {
    let context = AuditFixture.context(Self.houseStyled, languages: [.uk, .en])
    let auditor = try Auditor(spellingStandard: "kmu-2010", houseNames: Self.house)
    let spelling = auditor.findings(in: context).filter { $0.rule == .nameSpelling }
    #expect(spelling.map { $0.values[.en] ?? [] } == [["Klychko"]])
    let houseOnly = try Auditor(spellingStandard: nil, houseNames: Self.house)
    #expect(houseOnly.findings(in: context).filter { $0.rule == .nameSpelling }.count == 1)
  }

  /// A paragraph naming 600 people (1,200 Cyrillic words with the Russian edition, past
  /// `NameCounterparts.comparedWords`): compared by shared keys, not every word with every
  /// word, which took seconds; a name spelled two ways is still found.
  @Test func aLongListOfNamesIsCheckedByKeys() {
    // Syllables that differ in every letter, so that no two names are two letters apart.
    let syllables = [
      ("бор", "bor"), ("гал", "hal"), ("дун", "dun"), ("кім", "kim"), ("зеп", "zep"),
      ("тис", "tys"),
    ]
    var cyrillic: [String] = []
    var english: [String] = []
    for number in 0..<600 {
      let parts = [1, 6, 36, 216].map { syllables[number / $0 % 6] }
      cyrillic.append((parts.map(\.0).joined() + "енко").capitalized)
      english.append((parts.map(\.1).joined() + "enko").capitalized)
    }
    let list = AuditFixture.context([
      [
        .uk: .init(stringLiteral: "Присутні: " + cyrillic.joined(separator: ", ") + "."),
        .en: .init(stringLiteral: "Present: " + english.joined(separator: ", ") + "."),
        .ru: .init(stringLiteral: "Присутствуют: " + cyrillic.joined(separator: ", ") + "."),
      ],
      [
        .uk: .init(stringLiteral: "Слово мав \(cyrillic[7])."),
        .en: .init(stringLiteral: "\(english[7].dropLast(2))kko spoke."),
        .ru: .init(stringLiteral: "Слово имел \(cyrillic[7])."),
      ],
    ])
    let findings = NameSpellingRule().findings(in: list)
    #expect(findings.map { $0.values[.en] ?? [] } == [["\(english[7].dropLast(2))kko"]])
  }
}
