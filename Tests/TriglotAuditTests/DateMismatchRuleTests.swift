import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("date-mismatch rule")
struct DateMismatchRuleTests {
  typealias Case = ValueRuleCase

  static let cases: [Case] = [
    Case(
      uk: "Ціни ростуть з травня.", en: "Prices have been rising since May.",
      ru: "Цены растут с мая.", edition: nil),
    Case(
      uk: "Завершать до жовтня.", en: "It will be finished by October.",
      ru: "Завершат к октябрю.", edition: nil),
    Case(
      uk: "З понеділка 4. 4. 2022 року.", en: "Starting from Monday, 4. 4.2022.",
      ru: "С понедельника 04.04.2022.", edition: nil),
    Case(
      uk: "На травень зможу сказати.", en: "As for May, I can say.", ru: "На май смогу сказать.",
      edition: nil),
    Case(
      uk: "У березневому номері.", en: "In the March issue.", ru: "В мартовском номере.",
      edition: nil),
    Case(
      uk: "Брифінг відбувся 25 липня.", en: "The briefing took place on July 25.",
      ru: "Брифинг состоялся 25 июля.", edition: nil),
    Case(
      uk: "Це сталося 25-го липня.", en: "It happened on July 25.", ru: "Это случилось 25-го июля.",
      edition: nil),
    Case(
      uk: "З 1 по 24 липня експорт зріс.", en: "On July 1-24, exports grew.",
      ru: "С 1 по 24 июля экспорт вырос.", edition: nil),
    Case(
      uk: "Півфінали 12 і 14 травня.", en: "Semi-finals on May 12 and 14.",
      ru: "Полуфиналы 12 и 14 мая.", edition: nil),
    Case(
      uk: "Заступниця Марта Коваль виступила.", en: "Deputy Marta Koval spoke.",
      ru: "Заместитель Марта Коваль выступила.", edition: nil),
    Case(
      uk: "Березневий номер вийшов.", en: "The March issue is out.", ru: "Мартовский номер вышел.",
      edition: nil),
    Case(
      uk: "Заяву оприлюднили 4 листоп.", en: "The statement came out on Nov. 4.",
      ru: "Заявление обнародовали 4 нояб.", edition: nil),
    // Russian forms of May that are Ukrainian words: "маю" is "I have", "май на увазі" "keep in
    // mind"; in Russian they are the month.
    Case(
      uk: "Я маю 30 хвилин, май на увазі.", en: "I have 30 minutes, keep in mind.",
      ru: "У меня есть 30 минут, имей в виду.", edition: nil),
    Case(
      uk: "Свято 9 травня.", en: "The holiday is on May 9.", ru: "Праздник 9 мая.",
      edition: nil),
    Case(
      uk: "Свято 9 травня.", en: "The holiday is on May 9.", ru: "Праздник 10 мая.",
      edition: .ru),
    Case(
      uk: "Брифінг відбувся 25 липня.", en: "The briefing took place on July 26.",
      ru: "Брифинг состоялся 25 июля.", edition: .en),
    Case(
      uk: "Засідання 25 лютого.", en: "The session on February 25.", ru: "Заседание 26 февраля.",
      edition: .ru),
    Case(
      uk: "Прем'єра 21 березня.", en: "The premiere on March 20.", ru: "Премьера 20 марта.",
      edition: .uk),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) throws {
    try example.check(DateMismatchRule())
  }

  /// Each edition's words for the date: one date in two languages is not a list of two.
  @Test(arguments: [
    (
      [
        Language.uk: "Брифінг відбувся 25 липня.", .en: "The briefing took place on July 26.",
        .ru: "Брифинг состоялся 25 июля.",
      ],
      "English edition says July 26 where Ukrainian says 25 липня and Russian 25 июля"
    ),
    (
      [
        .uk: "Засідання відбудеться 25–26 липня у Києві.",
        .en: "The meeting will take place on July 25-26 in Kyiv.",
        .ru: "Заседание состоится в Киеве, сообщили в правительстве.",
      ],
      "Russian edition does not give the date that Ukrainian gives as 25–26 липня and English "
        + "as July 25-26"
    ),
  ])
  func messagesSayWhatEachEditionSays(row: [Language: AuditFixture.Cell], message: String) {
    let findings = AuditFixture.findings(DateMismatchRule(), row)
    #expect(findings.map(\.message) == [message])
  }

  @Test func numbersOfADateAreNotNumberFindings() {
    let findings = AuditFixture.findings(
      NumberMismatchRule(),
      [
        .uk: "Брифінг відбувся 25 липня.", .en: "The briefing took place on July 26.",
        .ru: "Брифинг состоялся 25 июля.",
      ])
    #expect(findings.isEmpty)
  }
}
