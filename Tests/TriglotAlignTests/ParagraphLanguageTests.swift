import Testing
import TriglotText

@testable import TriglotAlign

@Suite("Paragraph language")
struct ParagraphLanguageTests {
  @Test(arguments: [
    ("Верховна Рада ухвалила бюджет на 2026 рік.", Language.uk),
    ("Верховная Рада приняла бюджет на 2026 год.", .ru),
    ("Сборная Украины обыграла Исландию.", .ru),
    ("В прошлом году Украина отремонтировала 260 мостов, из них 64 – в Киевской области.", .ru),
    ("Минулого року Україна відремонтувала 260 мостів.", .uk),
    ("The Verkhovna Rada passed the 2026 budget.", .en),
    ("2026", .other),
  ])
  func identifies(text: String, language: Language) {
    #expect(ParagraphLanguage.language(of: text) == language)
  }

  @Test func russianTextInAUkrainianEditionStaysRussian() {
    let text = "В Харькове удары повредили две подстанции, из-за чего около 40 тысяч семей остались без света."
    #expect(ParagraphLanguage.language(of: text, expected: .uk) == .ru)
  }

  @Test func englishInACyrillicEditionIsEnglish() {
    #expect(ParagraphLanguage.language(of: "Missile strike on Kharkiv", expected: .uk) == .en)
  }

  @Test func aTooShortCyrillicTitleTakesTheEditionLanguage() {
    #expect(ParagraphLanguage.language(of: "Спорт", expected: .ru) == .ru)
    #expect(ParagraphLanguage.language(of: "Спорт", expected: .uk) == .uk)
  }
}
