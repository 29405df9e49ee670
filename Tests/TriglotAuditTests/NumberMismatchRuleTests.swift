import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("number-mismatch rule")
struct NumberMismatchRuleTests {
  typealias Case = ValueRuleCase

  static let cases: [Case] = [
    // Equal values written differently are not findings.
    Case(
      uk: "Виділили 1 200 грн.", en: "They allocated UAH 1,200.", ru: "Выделили 1 200 грн.",
      edition: nil),
    Case(
      uk: "Зібрали 1,2 тис. підписів.", en: "They collected 1.2 thousand signatures.",
      ru: "Собрали 1,2 тыс. подписей.", edition: nil),
    Case(
      uk: "Зібрали 1,2 тис. підписів.", en: "They collected 1,200 signatures.",
      ru: "Собрали 1 200 подписей.", edition: nil),
    Case(
      uk: "Ціни зросли на 30%.", en: "Prices rose by 30 %.", ru: "Цены выросли на 30 %.",
      edition: nil),
    Case(
      uk: "Кредит на 1,5 млрд грн.", en: "A loan of UAH 1.5 billion.",
      ru: "Кредит на 1,5 млрд грн.", edition: nil),
    Case(
      uk: "Саміт «Групи семи».", en: "The G7 summit.", ru: "Саммит «Большой семерки».", edition: nil
    ),
    // A number in words answers digits; a time reads the same on both clocks.
    Case(
      uk: "Надійшло 7 заявок.", en: "Seven applications came in.", ru: "Поступило семь заявок.",
      edition: nil),
    Case(
      uk: "Зустріч о 19:00.", en: "The meeting is at 7 pm.", ru: "Встреча в 19:00.", edition: nil),
    Case(
      uk: "Поїзд о 15:15.", en: "The train leaves at 3.15pm.", ru: "Поезд в 15:15.", edition: nil),
    Case(
      uk: "Працює з 9 до 21.", en: "Open 9 a.m.–9 p.m.", ru: "Работает с 9 до 21.", edition: nil),
    Case(
      uk: "Обіцяють ще 75 мільйонів фунтів.", en: "Another £75m is pledged.",
      ru: "Обещают еще 75 миллионов фунтов.", edition: nil),
    Case(
      uk: "У 1986–1988 роках завод стояв.", en: "In 1986-88 the plant stood idle.",
      ru: "В 1986–1988 годах завод стоял.", edition: nil),
    Case(
      uk: "Матрац Combi 16 100x185 см.", en: "Combi 16 mattress 100x185 cm.",
      ru: "Матрас Combi 16 100x185 см.", edition: nil),
    Case(
      uk: "Їх так тисяч 100.", en: "There are around 100,000 of them.", ru: "Их тысяч 100.",
      edition: nil),
    Case(uk: "Побачимось о 7 вечора.", en: "See you at 7 pm.", ru: "Увидимся в 7.", edition: nil),
    // A comma before three digits in Ukrainian or Russian, read as the others make consistent;
    // a decade; a compound adjective of a multiplier.
    Case(
      uk: "Стадіон вміщує 25 000 глядачів.", en: "The stadium holds 25,000 spectators.",
      ru: "Стадион вмещает 25,000 зрителей.", edition: nil),
    Case(
      uk: "Пробіг склав 1,250 км.", en: "The run was 1.25 km.", ru: "Пробег составил 1,25 км.",
      edition: nil),
    Case(
      uk: "У 80-х роках місто росло.", en: "In the 1980s the city grew.",
      ru: "В 80-е годы город рос.", edition: nil),
    Case(
      uk: "Місто отримало 20-мільйонний кредит.", en: "The city received a 20 million loan.",
      ru: "Город получил 20-миллионный кредит.", edition: nil),
    // Ordinals in words answer digits.
    Case(
      uk: "Діабет першого типу.", en: "Type 1 diabetes.", ru: "Диабет первого типа.",
      edition: nil),
    // Phone numbers grouped another way, an hour in words with the part of the day, a number
    // glued to the word before it, "a million" without a digit, the 4th of July.
    Case(
      uk: "Гаряча лінія 555 12 34.", en: "The hotline is 555-1234.", ru: "Горячая линия 555-12-34.",
      edition: nil),
    Case(
      uk: "Прийом з п'ятої вечора до восьмої.", en: "Reception runs from 5 p.m. to 8 p.m.",
      ru: "Прием с пяти вечера до восьми.", edition: nil),
    Case(
      uk: "Рівень безробіття становить45%.", en: "The unemployment rate is 45%.",
      ru: "Уровень безработицы составляет 45%.", edition: nil),
    Case(
      uk: "На мільйон жителів 12 випадків.", en: "There are 12 cases per 1 million residents.",
      ru: "На миллион жителей 12 случаев.", edition: nil),
    Case(
      uk: "Ціни 300-1200 гривень.", en: "Prices are 300–1,200 hryvnias.",
      ru: "Цены 300-1200 гривен.", edition: nil),
    Case(
      uk: "За минулу добу знищено 24 одиниці техніки.",
      en: "Over the past 24 hours, 24 vehicles were destroyed.",
      ru: "За сутки уничтожено 24 единицы техники.", edition: nil),
    // Real changes of value.
    Case(
      uk: "Гаряча лінія 555 12 35.", en: "The hotline is 555-1234.", ru: "Горячая линия 555-12-34.",
      edition: .uk),
    Case(
      uk: "Магазин працює до шостої вечора.", en: "The shop is open until 5 p.m.",
      ru: "Магазин работает до пяти вечера.", edition: .uk),
    Case(
      uk: "Рівень безробіття становить46%.", en: "The unemployment rate is 45%.",
      ru: "Уровень безработицы составляет 45%.", edition: .uk),
    Case(
      uk: "Ціни 300-1200 гривень.", en: "Prices are 300-1500 hryvnias.",
      ru: "Цены 300-1200 гривен.",
      edition: .en),
    Case(
      uk: "Стадіон вміщує 26 000 глядачів.", en: "The stadium holds 26,000 spectators.",
      ru: "Стадион вмещает 25,000 зрителей.", edition: .ru),
    Case(
      uk: "У 70-х роках місто росло.", en: "In the 1980s the city grew.",
      ru: "В 70-е годы город рос.", edition: .en),
    Case(
      uk: "Пошкоджено 256 квартир.", en: "256 apartments were damaged.",
      ru: "Повреждены 265 квартир.", edition: .ru),
    Case(
      uk: "Пошкоджено 256 квартир.", en: "265 apartments were damaged.",
      ru: "Повреждены 256 квартир.", edition: .en),
    Case(uk: "Зростання на 15,5%.", en: "Growth of 15.5%.", ru: "Рост на 16,5%.", edition: .ru),
    Case(
      uk: "Ціни зросли на 31%.", en: "Prices rose by 30%.", ru: "Цены выросли на 30%.", edition: .uk
    ),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) throws {
    try example.check(NumberMismatchRule())
  }

  @Test func showsWhichNumbersDifferInWhichEdition() {
    let finding = AuditFixture.findings(
      NumberMismatchRule(),
      [
        .uk: "Пошкоджено 256 квартир.", .en: "256 apartments were damaged.",
        .ru: "Повреждены 265 квартир.",
      ]
    ).first
    #expect(finding?.values == [.uk: ["256"], .en: ["256"], .ru: ["265"]])
    #expect(finding?.message == "Russian edition says 265 where Ukrainian and English say 256")
  }

  @Test func aNumberOnlySomeEditionsGiveIsAWarning() throws {
    let findings = AuditFixture.findings(
      NumberMismatchRule(),
      [
        .uk: "Купили пляшку на 20 унцій.", .en: "They bought a 20-ounce bottle.",
        .ru: "Купили бутылку.",
      ])
    let finding = try #require(findings.first)
    #expect(findings.count == 1 && finding.edition == .ru && finding.severity == .warning)
    // The message says what the number measures, as the editions that give it write it.
    #expect(
      finding.message
        == "Russian edition does not give the number 20 (“20 унцій”, “20-ounce”) that Ukrainian "
        + "and English give")
  }

  @Test func aTimeThatDiffersIsAnError() throws {
    let finding = try #require(
      AuditFixture.findings(
        NumberMismatchRule(),
        [.uk: "Зустріч о 19:00.", .en: "The meeting is at 8 pm.", .ru: "Встреча в 19:00."]
      ).first)
    #expect(finding.edition == .en && finding.severity == .error)
  }

  @Test func twoEditionsBlameNoOne() {
    let findings = AuditFixture.findings(
      NumberMismatchRule(), [.uk: "Пошкоджено 256 квартир.", .en: "265 apartments were damaged."])
    #expect(findings.count == 1)
    #expect(findings.first?.edition == nil)
  }

  @Test func boilerplateIsSkipped() {
    let findings = AuditFixture.findings(
      NumberMismatchRule(),
      [
        .uk: .init("Читайте також: 5 новин", boilerplate: true),
        .en: .init("Read also: 7 stories", boilerplate: true),
      ])
    #expect(findings.isEmpty)
  }

  @Test func aNumberMismatchQuotesTheSentenceOfEachEdition() throws {
    let findings = AuditFixture.findings(
      NumberMismatchRule(),
      [
        .uk: "Загинули четверо людей. Вибуховою хвилею пошкоджено 256 квартир.",
        .en: "Four people were killed. The blast wave damaged 256 apartments.",
        .ru: "Погибли четыре человека. Взрывной волной повреждены 265 квартир.",
      ])
    let finding = try #require(findings.first)
    #expect(finding.edition == .ru)
    #expect(
      finding.sentences == [
        .uk: ["Вибуховою хвилею пошкоджено 256 квартир."],
        .en: ["The blast wave damaged 256 apartments."],
        .ru: ["Взрывной волной повреждены 265 квартир."],
      ])
  }
}
