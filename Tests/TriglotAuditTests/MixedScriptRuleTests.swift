import Testing

import TriglotText

import TriglotAlign
@testable import TriglotAudit

@Suite("mixed-script rule")
struct MixedScriptRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var edition: Language
    var text: String
    var word: String?
    var testDescription: String { "\(edition.rawValue): \(word ?? "clean")" }
  }

  static let cases: [Case] = [
    Case(edition: .uk, text: "Удар по Харкiву пошкодив підстанцію.", word: "Харкiву"),
    Case(edition: .ru, text: "Удары по Днeпре повредили подстанцию.", word: "Днeпре"),
    Case(edition: .en, text: "The strike on Kharkiv damaged a substаtion.", word: "substаtion"),
    Case(edition: .uk, text: "Удар по Харкову пошкодив підстанцію.", word: nil),
    Case(edition: .en, text: "Ukraine received F-16 jets and COVID-19 vaccines.", word: nil),
    Case(edition: .ru, text: "Штурмовики Су-25 и модель iPhone упомянуты.", word: nil),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) {
    let findings = MixedScriptRule().findings(
      in: AuditFixture.context(
        [[example.edition: .init(stringLiteral: example.text)]], languages: [example.edition]))
    #expect(
      findings.map { $0.values[example.edition] ?? [] } == (example.word.map { [[$0]] } ?? []))
    #expect(findings.allSatisfy { $0.edition == example.edition && $0.severity == .warning })
  }

  @Test func messageNamesTheForeignLetters() {
    #expect(MixedScriptRule.foreignLetters(in: "Харкiв") == "Latin i")
    #expect(MixedScriptRule.foreignLetters(in: "substаtion") == "Cyrillic а")
  }
}
