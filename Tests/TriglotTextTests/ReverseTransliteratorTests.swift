import Testing
import TriglotText

@Suite("Reverse transliteration")
struct ReverseTransliteratorTests {
  @Test(arguments: [
    ("Budanov", "Буданов"), ("Andriy", "Андрій"), ("Andrii", "Андрій"),
    ("Zelensky", "Зеленський"), ("Zelenskyy", "Зеленський"), ("Zelenskyi", "Зеленський"),
    ("Kharkiv", "Харків"), ("Shchuka", "Щука"), ("SHCHUKA", "ЩУКА"), ("Zghurskyi", "Згурський"),
    ("Kyrylo", "Кирило"), ("Oleksandr", "Олександр"), ("Mykolaiv", "Миколаїв"), ("Kyiv", "Київ"),
    ("Odesa", "Одеса"), ("Dnipro", "Дніпро"), ("Zaporizhzhia", "Запоріжжя"), ("Lviv", "Львів"),
    ("Chernihiv", "Чернігів"), ("Volodymyr", "Володимир"), ("Yuliia", "Юлія"),
    ("Tymoshenko", "Тимошенко"), ("Poroshenko", "Порошенко"), ("Yevhen", "Євген"),
    ("Serhii", "Сергій"), ("Mykhailo", "Михайло"), ("Oleksii", "Олексій"),
    ("Zaluzhnyi", "Залужний"), ("Yermak", "Єрмак"), ("Kuleba", "Кулеба"),
    ("Reznikov", "Резніков"), ("Klymenko", "Клименко"), ("Bohdan", "Богдан"),
    ("Iryna", "Ірина"), ("Tetiana", "Тетяна"), ("Yaroslav", "Ярослав"), ("Zhytomyr", "Житомир"),
    ("Luhansk", "Луганськ"), ("Donetsk", "Донецьк"), ("Ivano-Frankivsk", "Івано-Франківськ"),
    ("Kharkov", "Харків"), ("Kiev", "Київ"), ("Kirill", "Кирило"),
    ("Kyrylo Budanov", "Кирило Буданов"),
    ("Yatsenyuk", "Яценюк"), ("Stefanchuk", "Стефанчук"),
  ])
  func ukrainianBest(latin: String, cyrillic: String) {
    let candidates = ReverseTransliterator.candidates(for: latin, language: .uk)
    #expect(candidates.first?.text == cyrillic, "\(latin): \(candidates.map(\.text))")
  }

  @Test(arguments: [
    ("Budanov", "Буданов"), ("Yevgeny", "Евгений"), ("Evgenii", "Евгений"),
    ("Evgeniy", "Евгений"), ("Zelensky", "Зеленский"), ("Kharkov", "Харьков"), ("Kiev", "Киев"),
    ("Aleksandr", "Александр"), ("Alexander", "Александр"), ("Sergei", "Сергей"),
    ("Sergey", "Сергей"), ("Mikhail", "Михаил"), ("Dmitry", "Дмитрий"), ("Nikolai", "Николай"),
    ("Vladimir", "Владимир"), ("Tatyana", "Татьяна"), ("Natalya", "Наталья"),
    ("Yekaterina", "Екатерина"), ("Pyotr", "Пётр"), ("Fyodor", "Фёдор"), ("Shoigu", "Шойгу"),
    ("Lavrov", "Лавров"), ("Peskov", "Песков"), ("Navalny", "Навальный"), ("Moskva", "Москва"),
    ("Novosibirsk", "Новосибирск"), ("Yekaterinburg", "Екатеринбург"), ("Kazan", "Казань"),
    ("Shchukin", "Щукин"), ("Zhukov", "Жуков"), ("Tsvetkov", "Цветков"), ("Yakovlev", "Яковлев"),
    ("Yuri", "Юрий"), ("Ilya", "Илья"), ("Olga", "Ольга"), ("Alexei", "Алексей"),
    ("Andrei", "Андрей"), ("Medvedev", "Медведев"), ("Volgograd", "Волгоград"),
    ("Kyrylo", "Кирилл"),
  ])
  func russianBest(latin: String, cyrillic: String) {
    let candidates = ReverseTransliterator.candidates(for: latin, language: .ru)
    #expect(candidates.first?.text == cyrillic, "\(latin): \(candidates.map(\.text))")
  }

  @Test(arguments: [
    ("Shmyhal", "Шмигаль", ReverseTransliterator.Target.uk), ("Khmelnytskyi", "Хмельницький", .uk),
    ("Kovalchuk", "Ковальчук", .uk), ("Podolyak", "Подоляк", .uk), ("Umerov", "Умєров", .uk),
    ("Syrskyi", "Сирський", .uk), ("Andriy Yermak", "Андрій Єрмак", .uk),
    ("Gorbachev", "Горбачёв", .ru), ("Khrushchev", "Хрущёв", .ru), ("Ilyich", "Ильич", .ru),
    ("Schtschukin", "Щукин", .ru), ("Zelenskij", "Зеленский", .ru),
    ("Zhirinovsky", "Жириновский", .ru),
    ("Solzhenitsyn", "Солженицын", .ru), ("Tchaikovsky", "Чайковский", .ru),
  ])
  func harderSpellingsInTopFive(
    latin: String, cyrillic: String, language: ReverseTransliterator.Target
  ) {
    let candidates = ReverseTransliterator.candidates(for: latin, language: language, limit: 5)
    #expect(candidates.map(\.text).contains(cyrillic), "\(latin): \(candidates.map(\.text))")
  }
}

extension ReverseTransliteratorTests {
  @Test func letterCaseFollowsTheInput() {
    #expect(
      ReverseTransliterator.candidates(for: "budanov", language: .uk).first?.text == "буданов")
    #expect(
      ReverseTransliterator.candidates(for: "BUDANOV", language: .ru).first?.text == "БУДАНОВ")
    #expect(
      ReverseTransliterator.candidates(for: "Rostov-na-Donu", language: .ru).first?.text
        == "Ростов-на-Дону")
  }

  @Test func scoresAreRankedWithinTheLimit() {
    let candidates = ReverseTransliterator.candidates(for: "Andriy", language: .uk, limit: 4)
    #expect(candidates.count == 4)
    #expect(candidates.first?.score == 1)
    #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.score >= $1.score })
    #expect(candidates.allSatisfy { (0...1).contains($0.score) })
    #expect(Set(candidates.map(\.text)).count == candidates.count)
  }

  @Test func inputWithoutLettersGivesNothing() {
    #expect(ReverseTransliterator.candidates(for: "", language: .uk).isEmpty)
    #expect(ReverseTransliterator.candidates(for: " 2024 ", language: .ru).isEmpty)
    #expect(ReverseTransliterator.candidates(for: "Kyiv", language: .uk, limit: 0).isEmpty)
  }

  @Test func targetsComeFromEditionLanguages() {
    #expect(ReverseTransliterator.Target(.uk) == .uk)
    #expect(ReverseTransliterator.Target(.ru) == .ru)
    #expect(ReverseTransliterator.Target(.en) == nil)
  }

  @Test func candidatesMatchTheLatinByNameKey() {
    for latin in ["Zelenskyy", "Budanov", "Shchuka", "Yevgeny"] {
      for language in ReverseTransliterator.Target.allCases {
        let best = ReverseTransliterator.candidates(for: latin, language: language)[0].text
        #expect(NameKey.matches(latin, best), "\(latin) → \(best)")
      }
    }
  }
}

extension ReverseTransliteratorTests {
  @Test func multiWordTableNamesComeWhole() {
    #expect(
      ReverseTransliterator.candidates(for: "Belaya Tserkov", language: .uk).first?.text
        == "Біла Церква")
    #expect(
      ReverseTransliterator.candidates(for: "Kryvyi Rih", language: .ru).first?.text == "Кривой Рог"
    )
  }

  /// A 1,000-letter "name" is read in pieces of `longestWordReadWhole` letters (whole, the beam
  /// search's cost grew with the square of the length: 4,000 letters took 54 s and 967 MB),
  /// each piece as the grammar reads it.
  @Test func aThousandLetterNameIsReadInPieces() {
    let latin = String(repeating: "Kovalenko", count: 111) + "Kova"
    let candidates = ReverseTransliterator.candidates(for: latin, language: .uk)
    let expected = "Коваленко" + String(repeating: "коваленко", count: 110) + "кова"
    #expect(candidates.map(\.text) == [expected])
  }
}
