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
}
