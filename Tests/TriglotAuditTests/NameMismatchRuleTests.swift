import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("name-mismatch rule")
struct NameMismatchRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var uk: String
    var en: String
    var ru: String
    var edition: Language?
    var testDescription: String { edition.map { "\($0.rawValue) lacks a name" } ?? "agree: \(en)" }
  }

  static let cases: [Case] = [
    // Inflected and transliterated forms count as present.
    Case(
      uk: "За словами Кирила Буданова, ворог готує наступ.",
      en: "According to Kyrylo Budanov, the enemy is preparing an offensive.",
      ru: "По словам Кирилла Буданова, враг готовит наступление.", edition: nil),
    Case(
      uk: "Удар по Харкову забрав життя чотирьох людей.",
      en: "The strike on Kharkiv killed four people.",
      ru: "Удар по Харькову унес жизни четырех человек.", edition: nil),
    Case(
      uk: "Зеленський зустрівся з прем'єркою Свириденко.",
      en: "Zelensky met Prime Minister Svyrydenko.",
      ru: "Зеленский встретился с премьером Свириденко.", edition: nil),
    // A name at the start of a sentence is still present.
    Case(
      uk: "За словами Сметаніна, ціни знизилися.",
      en: "Smetanin said prices had fallen.",
      ru: "По словам Сметанина, цены снизились.", edition: nil),
    // Translated names are never reported.
    Case(
      uk: "Зерно везуть до Китаю.", en: "Grain is shipped to China.", ru: "Зерно везут в Китай.",
      edition: nil),
    // A surname spelled another way (a foreign name transliterated differently: NameKey
    // similarity 0.5–0.8 where Юсов / Черняк is 0.14), a first name translated differently and
    // a place of two words are no person replaced.
    Case(
      uk: "Тренер Олександр Єґер прибув до Києва.", en: "Coach Oleksandr Jäger arrived in Kyiv.",
      ru: "Тренер Александр Егер прибыл в Киев.", edition: nil),
    Case(
      uk: "Прем'єр Нідерландів Дік Схооф прибув до Києва.",
      en: "Dutch Prime Minister Dick Schoof arrived in Kyiv.",
      ru: "Премьер Нидерландов Дик Схоф прибыл в Киев.", edition: nil),
    Case(
      uk: "Тенісистка Арина Соболенко виграла турнір.", en: "Aryna Sabalenka won the tournament.",
      ru: "Теннисистка Арина Сабаленко выиграла турнир.", edition: nil),
    Case(
      uk: "Як розповіла Христина Дмитренко, ціни зросли.",
      en: "As Khrystyna Dmytrenko said, prices rose.",
      ru: "Как рассказала Кристина Дмитренко, цены выросли.", edition: nil),
    Case(
      uk: "Турнір в Індіан-Веллс почнеться в березні.",
      en: "The tournament in Indian Wells starts in March.",
      ru: "Турнир в Индиан-Уэллсе начнется в марте.", edition: nil),
    // Left out.
    Case(
      uk: "За словами директорки Наталії Кушнерської, зареєстровано 3 200 розробок.",
      en: "According to director Natalia Kushnerska, 3,200 developments are registered.",
      ru: "По данным кластера, зарегистрировано 3 200 разработок.", edition: .ru),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) throws {
    let findings = AuditFixture.findings(
      NameMismatchRule(),
      [
        .uk: .init(stringLiteral: example.uk), .en: .init(stringLiteral: example.en),
        .ru: .init(stringLiteral: example.ru),
      ])
    if let edition = example.edition {
      let finding = try #require(findings.first)
      #expect(findings.count == 1)
      #expect(finding.edition == edition)
      #expect(finding.severity == .warning)
      #expect(finding.values[.en] == ["Natalia Kushnerska"])
      #expect(finding.values[edition] == [])
    } else {
      #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
  }

  @Test func aLackingEditionNamingThePersonElsewhereIsReported() {
    let context = AuditFixture.context([
      [
        .uk: "Мер Ігор Терехов заявив про удар.", .en: "Mayor Ihor Terekhov reported the strike.",
        .ru: "Мэр Игорь Терехов заявил об ударе.",
      ],
      [
        .uk: "Ігор Терехов додав, що відкрили штаб.",
        .en: "The mayor added that a centre had opened.",
        .ru: "Игорь Терехов добавил, что открыли штаб.",
      ],
    ])
    let findings = NameMismatchRule().findings(in: context)
    #expect(findings.map(\.edition) == [.en])
    #expect(findings.map(\.group) == [1])
  }
}

extension NameMismatchRuleTests {
  /// One edition names another person of the same first name (Юсов → Черняк): reported, with
  /// the replacement as that edition's value.
  @Test func aPersonReplacedByAnotherOfTheSameFirstNameIsReported() throws {
    let findings = AuditFixture.findings(
      NameMismatchRule(),
      [
        .uk: "Речник ГУР Андрій Юсов заявив про нові атаки.",
        .en: "Defence Intelligence spokesman Andrii Yusov reported new attacks.",
        .ru: "Представитель ГУР Андрей Черняк заявил о новых атаках.",
      ])
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.edition == .ru)
    #expect(finding.values[.en] == ["Andrii Yusov"])
    #expect(finding.values[.uk] == ["Андрій Юсов"])
    #expect(finding.values[.ru] == ["Андрей Черняк"])
    #expect(
      finding.message
        == "Russian edition names Андрей Черняк where Ukrainian and English name Andrii Yusov")
  }
}
