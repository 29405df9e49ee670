import Testing
import TriglotText

@testable import TriglotAlign

@Suite("Letter-based language guess")
struct LetterLanguageGuessTests {
  @Test(arguments: [
    ("Верховна Рада ухвалила бюджет на 2026 рік.", Language.uk),
    ("Верховная Рада приняла бюджет на 2026 год.", .other),
    ("Сборная Украины обыграла Исландию.", .ru),
    ("В прошлом году Украина отремонтировала 260 мостов, из них 64 – в Киевской области.", .ru),
    ("Минулого року Україна відремонтувала 260 мостів.", .uk),
    ("The Verkhovna Rada passed the 2026 budget.", .en),
    ("2026", .other),
    ("Рада — parliament — Рада — parliament", .mixed),
  ])
  func guesses(text: String, language: Language) {
    #expect(LetterLanguageGuess.language(of: text) == language)
  }
}

extension LetterLanguageGuessTests {
  @Test func shortCyrillicTitleTakesTheEditionLanguage() {
    let title = "Ракетний удар по Харкову: четверо загиблих, 43 поранених"
    #expect(LetterLanguageGuess.language(of: title) == .other)
    #expect(LetterLanguageGuess.language(of: title, expected: .uk) == .uk)
    #expect(LetterLanguageGuess.language(of: "Missile strike", expected: .uk) == .en)
  }
}
