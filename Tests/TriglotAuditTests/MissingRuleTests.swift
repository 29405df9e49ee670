import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("missing rule")
struct MissingRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var row: [Language: String]
    var boilerplate = false
    /// The editions reported as lacking the paragraph.
    var lacking: [Language]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "English lacks a Ukrainian and Russian paragraph",
      row: [
        .uk: "Ігор Терехов додав, що відкрили штаб допомоги.",
        .ru: "Игорь Терехов добавил, что открыли штаб помощи.",
      ],
      lacking: [.en]),
    Case(
      name: "Russian adds a paragraph the others lack",
      row: [.ru: "Напомним, в июле 2023 года Россия вышла из зерновой сделки."],
      lacking: [.uk, .en]),
    Case(
      name: "Ukrainian lacks an English background paragraph",
      row: [
        .en: "Ukrenergo is Ukraine's state-owned transmission system operator.",
        .ru: "Укрэнерго — государственный оператор системы передачи.",
      ],
      lacking: [.uk]),
    Case(
      name: "all three editions have it",
      row: [
        .uk: "Рада ухвалила бюджет.", .en: "The Rada passed the budget.",
        .ru: "Рада приняла бюджет.",
      ],
      lacking: []),
    Case(
      name: "boilerplate in one edition only",
      row: [.uk: "Більше новин – у нашому Telegram-каналі"], boilerplate: true, lacking: []),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) {
    let row = example.row.mapValues { AuditFixture.Cell($0, boilerplate: example.boilerplate) }
    let findings = MissingRule().findings(in: AuditFixture.context([row]))
    #expect(findings.compactMap(\.edition) == example.lacking)
    #expect(findings.allSatisfy { $0.severity == .error && $0.rule == .missing })
  }

  @Test func messageNamesTheLackingEdition() {
    let findings = MissingRule().findings(
      in: AuditFixture.context([
        [.uk: "Ігор Терехов додав, що відкрили штаб.", .ru: "Игорь Терехов добавил."]
      ]))
    #expect(findings.first?.message.hasPrefix("English edition lacks the paragraph") == true)
    #expect(findings.first?.paragraphs == [.uk: [0], .en: [], .ru: [0]])
  }
}
