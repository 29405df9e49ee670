import Foundation
import Testing
import TriglotTestSupport
import TriglotText

@Suite("Language identification")
struct LanguageIdentifierTests {
  let identifier = LanguageIdentifier()

  @Test(arguments: [
    // Ukrainian without і, ї, є or an apostrophe: function words and endings decide.
    "Так, ми це зробимо вже завтра.",
    "Депутати проголосували за закон про бюджет.",
    "Вона сказала, що чекатиме на нього до вечора.",
    "Обстріл тривав до ранку, як повідомляла ОВА.",
    // With telltale letters, names and numbers.
    "У 2024 році ВВП зріс на 3,5%, повідомив НБУ.",
    "Прем'єр-міністр Денис Шмигаль провів нараду з керівниками областей.",
    "Харкiв знову під обстрілом",  // a Latin i inside a Cyrillic word
    "«Ми не відступимо», — сказав він журналістам.",
    "Компанія Apple представила новий iPhone у Києві.",
    "Рятувальники врятували двох рибалок.",
    "Вчителя отримають надбавку з травня.",
    "Тролейбуси ходитимуть за старим розкладом.",
    "Банк знизив ставку за депозитами.",
    "Спека триматиметься весь тиждень.",
    "Тренер назвав склад команди на матч.",
  ])
  func ukrainian(text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .uk, "\(text) → \(guess)")
  }

  @Test(arguments: [
    // Russian without ы, э, ё or ъ.
    "Президент подписал закон о бюджете на следующий год.",
    "Она сказала, что все будет хорошо.",
    "Как сообщает агентство, переговоры продолжатся завтра.",
    "Он уже давно говорил об этом.",
    // With names and numbers.
    "В 2024 году ВВП вырос на 3,5%, сообщил НБУ.",
    "Премьер-министр Денис Шмыгаль провел совещание с главами областей.",
    "«Мы не отступим», — сказал он журналистам.",
    "Компания Apple представила новый iPhone в Москве.",
  ])
  func russian(text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .ru, "\(text) → \(guess)")
  }

  @Test(arguments: [
    "The parliament approved the budget on Thursday.",
    "Kyiv, Kharkiv and Odesa",
    "Zelensky met Scholz in Berlin on Monday.",
    "“We will not retreat,” he told reporters in Kyiv.",
    "GDP grew by 3.5% in 2024, the NBU said.",
    "Prime Minister Denys Shmyhal held a meeting with regional governors.",
  ])
  func english(text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .en, "\(text) → \(guess)")
  }

  @Test(arguments: [
    """
    Уряд ухвалив рішення про підвищення мінімальної зарплати з першого січня. \
    Правительство приняло решение о повышении минимальной зарплаты с первого января.
    """,
    """
    Президент заявив, що Україна продовжить боротьбу до перемоги. \
    The president said that Ukraine would continue to fight until victory.
    """,
    """
    He said that the talks would resume next week in Geneva. \
    Он сказал, что переговоры возобновятся на следующей неделе в Женеве.
    """,
  ])
  func mixed(text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .mixed, "\(text) → \(guess)")
  }

  @Test(arguments: [
    "",
    "12345 — 678",
    "Ok!",
    "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen, und die Opposition ist nicht zufrieden.",
    "Prezydent powiedział, że rząd nie zgodzi się na te warunki.",
    "Le gouvernement a annoncé des mesures pour les familles et les entreprises.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης.",
    "政府宣布了新的支持措施。",
    "Влада је усвојила нови закон о буџету за следећу годину.",
  ])
  func other(text: String) {
    let guess = identifier.identify(text)
    #expect(guess.language == .other, "\(text) → \(guess)")
  }

  @Test func countsLettersOnly() {
    let guess = identifier.identify("П'ять — 5!")
    #expect(guess.letterCount == 4)
    #expect(guess.language == .other)
  }

  @Test func confidenceIsAProbability() {
    for text in ["Це речення українською мовою.", "Это предложение на русском языке.", "x", ""] {
      let guess = identifier.identify(text)
      #expect((0...1).contains(guess.confidence), "\(text) → \(guess)")
    }
  }

  @Test func documentIsTheLetterWeightedMajority() {
    let result = identifier.identifyDocument(paragraphs: [
      "Уряд ухвалив рішення про підвищення мінімальної зарплати з першого січня наступного року.",
      "Це рішення підтримали депутати більшості фракцій.",
      "NATO",
      "Photo: Reuters",
    ])
    #expect(result.language == .uk)
    #expect(result.paragraphs.map(\.language) == [.uk, .uk, .other, .en])
    #expect(result.confidence > 0.8)
  }

  @Test func documentWithTwoLanguagesIsMixed() {
    let result = identifier.identifyDocument(paragraphs: [
      "Уряд ухвалив рішення про підвищення мінімальної зарплати з першого січня.",
      "Правительство приняло решение о повышении минимальной зарплаты с первого января.",
    ])
    #expect(result.language == .mixed)
  }

  @Test func documentWithoutLettersIsOther() {
    let result = identifier.identifyDocument(paragraphs: ["123", "—"])
    #expect(result.language == .other)
    #expect(result.letterCount == 0)
  }

  /// Accuracy over the labelled samples in Corpora/language-id, per language and length band.
  @Test func accuracyOverTheLabelledCorpus() throws {
    let folder = PackageRoot.url("Corpora/language-id")
    var isDirectory: ObjCBool = false
    try #require(
      FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        && isDirectory.boolValue,
      "the labelled corpus is missing: expected \(folder.path) with uk.txt, ru.txt and en.txt")
    for language in [Language.uk, .ru, .en] {
      let file = folder.appendingPathComponent("\(language.rawValue).txt")
      let samples = try String(contentsOf: file, encoding: .utf8)
        .split(whereSeparator: \.isNewline).map(String.init)
        .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      var long = (right: 0, total: 0)
      var short = (right: 0, total: 0)
      var misses: [String] = []
      for sample in samples {
        let guess = identifier.identify(sample)
        let right = guess.language == language
        if !right { misses.append("\(guess.language.rawValue) \(guess.letterCount): \(sample)") }
        if guess.letterCount >= 60 {
          long.total += 1
          if right { long.right += 1 }
        } else if guess.letterCount >= 20 {
          short.total += 1
          if right { short.right += 1 }
        }
      }
      let longRate = Double(long.right) / Double(max(long.total, 1))
      let shortRate = Double(short.right) / Double(max(short.total, 1))
      print(
        "language-id \(language.rawValue): 60+ letters \(long.right)/\(long.total)"
          + " (\(percent(longRate))), 20–60 letters \(short.right)/\(short.total)"
          + " (\(percent(shortRate)))")
      for miss in misses { print("  miss → \(miss)") }
      #expect(long.total > 0 && short.total > 0, "\(file.path) needs samples of both lengths")
      #expect(longRate >= 0.99, "\(language): \(percent(longRate)) on 60+ letters")
      #expect(shortRate >= 0.95, "\(language): \(percent(shortRate)) on 20–60 letters")
    }
  }

  private func percent(_ rate: Double) -> String {
    String(format: "%.1f%%", rate * 100)
  }
}

@Suite("Language identification: long Latin text without English words")
struct LongLatinTextTests {
  @Test func encodedDataIsOther() {
    let blob = String(
      repeating: "SpKTbt8w3p18tuFxbpqf1Moh6o88/bcuqu2IFvv2JUC0T1GsZQmZx7+RkLwYvWq9", count: 8)
    #expect(LanguageIdentifier().identify(blob).language == .other)
  }

  @Test func longEnglishProseStaysEnglish() {
    let prose = String(
      repeating: "The Verkhovna Rada passed the budget on Wednesday, and the minister said that "
        + "defence spending would grow by a fifth in the next year. ", count: 3)
    #expect(LanguageIdentifier().identify(prose).language == .en)
  }

  /// One 80,000-letter word: the frequent-stem look-up tries only prefixes as long as the
  /// longest stem (every prefix took 30 s).
  @Test func aWordOfEightyThousandLettersIsIdentified() {
    let guess = LanguageIdentifier().identify(String(repeating: "пере", count: 20_000))
    #expect(guess.letterCount == 80_000)
    #expect([.uk, .ru].contains(guess.language))
  }
}
