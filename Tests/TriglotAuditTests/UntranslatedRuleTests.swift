import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("untranslated rule")
struct UntranslatedRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var edition: Language
    var text: String
    /// The language reported, or nil when the paragraph is in its edition's language.
    var found: Language?
    var testDescription: String { "\(edition.rawValue): \(found?.rawValue ?? "fine")" }
  }

  static let cases: [Case] = [
    Case(
      edition: .uk,
      text: "В Харькове удары повредили две подстанции, без света остались тысячи семей.",
      found: .ru),
    Case(
      edition: .en,
      text: "Українські енергетики відновили живлення для сорока тисяч родин у Києві.", found: .uk),
    Case(
      edition: .ru,
      text: "The grid operator restored power to forty thousand households in Kyiv overnight.",
      found: .en),
    Case(
      edition: .uk,
      text: "Українські енергетики відновили живлення для сорока тисяч родин у Києві.", found: nil),
    Case(
      edition: .ru,
      text: "Энергетики восстановили электроснабжение для сорока тысяч семей в Киеве.", found: nil),
    Case(
      edition: .en, text: "The grid operator restored power to forty thousand households in Kyiv.",
      found: nil),
    // Too short to judge.
    Case(edition: .uk, text: "Brave1 і DOT-Chain", found: nil),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) {
    let findings = UntranslatedRule().findings(
      in: AuditFixture.context(
        [[example.edition: .init(stringLiteral: example.text)]], languages: [example.edition]))
    #expect(findings.map(\.edition) == (example.found == nil ? [] : [example.edition]))
    #expect(
      findings.map { $0.values[example.edition] ?? [] }
        == (example.found.map { [[$0.rawValue]] } ?? []))
    #expect(findings.allSatisfy { $0.severity == .error })
  }
}
