import Testing
import TriglotText

@Suite("Name keys")
struct NameKeyTests {
  /// Whether the Hunspell dictionaries are installed; the tests that need them skip otherwise.
  static let dictionaries = HunspellStemmer.languages.allSatisfy(HunspellStemmer.shared.isAvailable)
  static let noDictionaries =
    HunspellStemmer.languages.compactMap(HunspellStemmer.shared.unavailableReason(for:))
    .joined(separator: "; ")

  /// Precision and recall of `NameKey.matches` on the cross-edition table with `stemmer`.
  static func measure(_ stemmer: HunspellStemmer, label: String) -> (Double, Double) {
    let positives = NameKeyPairs.sameName
    let negatives = NameKeyPairs.differentNames
    let missed = positives.filter { !NameKey.matches($0.0, $0.1, stemmer: stemmer) }
    let wrong = negatives.filter { NameKey.matches($0.0, $0.1, stemmer: stemmer) }
    let truePositives = Double(positives.count - missed.count)
    let precision = truePositives / (truePositives + Double(wrong.count))
    let recall = truePositives / Double(positives.count)
    print(
      "NameKey (\(label)): \(positives.count) pairs, \(negatives.count) non-pairs; "
        + "precision \(String(format: "%.4f", precision)), recall \(String(format: "%.4f", recall))")
    for pair in missed { print("  missed: \(pair.0) ~ \(pair.1)") }
    for pair in wrong { print("  false match: \(pair.0) ~ \(pair.1)") }
    return (precision, recall)
  }

  /// The rules alone, as without the dictionaries: the figures before Hunspell (Docs/names.md).
  @Test func precisionAndRecallWithTheRulesAlone() {
    #expect(NameKeyPairs.sameName.count >= 150)
    #expect(NameKeyPairs.differentNames.count >= 150)
    let (precision, recall) = Self.measure(.none, label: "rules alone")
    #expect(precision >= 0.9892)
    #expect(recall >= 0.9857)
  }

  /// With the Hunspell dictionaries neither figure may drop below the rules' own.
  @Test(.enabled(if: dictionaries, "Hunspell dictionaries not installed: \(noDictionaries)"))
  func precisionAndRecallWithTheDictionaries() {
    let (rulesPrecision, rulesRecall) = Self.measure(.none, label: "rules alone")
    let (precision, recall) = Self.measure(.shared, label: "Hunspell dictionaries")
    #expect(precision >= rulesPrecision)
    #expect(recall >= rulesRecall)
    #expect(precision >= 0.99)
    #expect(recall >= 0.99)
  }
}

extension NameKeyTests {
  @Test(arguments: [
    ["Буданов", "Буданова", "Будановим", "Budanov", "Буданову"],
    ["Зеленський", "Зеленського", "Зеленский", "Zelensky", "Zelenskyy", "Zelenskyi"],
    ["Харків", "Харкові", "Харьков", "Харькове", "Kharkiv", "Kharkov"],
    ["Київ", "Києві", "Киев", "Kyiv", "Kiev"],
    ["Кирило", "Кирилл", "Kyrylo", "Kirill"],
    ["Андрій", "Андрей", "Andrii", "Andriy", "Andrei"],
    ["Олександр", "Александр", "Oleksandr", "Aleksandr", "Alexander"],
  ])
  func allFormsOfOneNameMatchEachOther(forms: [String]) {
    for first in forms {
      for second in forms {
        #expect(NameKey.matches(first, second), "\(first) ~ \(second)")
      }
    }
  }

  @Test func tableFormsShareOneKey() {
    #expect(Set(["Київ", "Києві", "Киеве", "Kyiv", "Kiev"].map { NameKey($0).key }) == ["#kyiv"])
    #expect(NameKey("Кирилла Буданова").key == "#kyrylo budan*v")
    #expect(NameKey("Білій Церкві").key == "#bila_tserkva")
  }

  @Test func keysListEveryWordsStemsAndEntries() {
    let key = NameKey("Кирило Буданов")
    #expect(key.keys.contains("#kyrylo"))
    #expect(key.keys.contains("budan*v"))
    #expect(key.equivalents.map(\.id) == ["#kyrylo"])
  }

  @Test func similarityIsSymmetricAndBounded() {
    let names = ["Буданов", "Баранов", "Kyiv", "Кривий Ріг", "Olena", "Олег", "Zelenskyy"]
    for first in names {
      for second in names {
        let score = NameKey.similarity(first, second)
        #expect((0...1).contains(score))
        #expect(score == NameKey.similarity(second, first))
      }
    }
  }

  @Test func surnameAloneMatchesTheFullName() {
    #expect(NameKey.matches("Kyrylo Budanov", "Буданова"))
    #expect(!NameKey.matches("Кирило Буданов", "Кирило Петренко"))
  }

  @Test func nameWithoutLettersIsEmptyAndMatchesNothing() {
    #expect(NameKey("— 42 —").isEmpty)
    #expect(NameKey.similarity("", "Київ") == 0)
    #expect(!NameKey.matches("", ""))
  }

  @Test func everySpellingOfATableEntryHasTheEntrysKey() {
    var wrong: [String] = []
    for entry in NameEquivalents.all {
      for spelling in entry.allSpellings where NameKey(spelling).key != entry.id {
        wrong.append("\(spelling): \(NameKey(spelling).key) ≠ \(entry.id)")
      }
    }
    #expect(wrong.isEmpty, "\(wrong)")
  }

  // MARK: The Hunspell dictionaries

  @Test(
    .enabled(if: dictionaries, "Hunspell dictionaries not installed: \(noDictionaries)"),
    arguments: [
      ("Відень", "Відні"), ("Кривому Розі", "Кривий Ріг"), ("Сполучених Штатів", "United States"),
      ("Терехова", "Terekhov"), ("Харкові", "Харькове"), ("Путіним", "Путиным"),
      ("Пєсков", "Песков"),
    ])
  func theDictionariesFindWhatTheRulesMiss(_ first: String, _ second: String) {
    #expect(NameKey.matches(first, second), "\(first) ~ \(second)")
  }

  @Test(
    .enabled(if: dictionaries, "Hunspell dictionaries not installed: \(noDictionaries)"),
    arguments: [
      ("Віктор", "Вікторія"), ("Вікторії", "Віктором"), ("Іван", "Іванна"),
      ("Олександр", "Олександрія"),
    ])
  func theDictionariesTellNamesApartThatTheRulesConfuse(_ first: String, _ second: String) {
    #expect(!NameKey.matches(first, second), "\(first) ≁ \(second)")
    #expect(NameKey.matches(first, second, stemmer: .none), "the rules alone confuse them")
  }

  @Test func withoutTheDictionariesTheRulesDecide() {
    #expect(!NameKey.matches("Відень", "Відні", stemmer: .none))
    #expect(NameKey.matches("Будановим", "Budanov", stemmer: .none))
    #expect(
      NameKey("Харкові", language: .uk, stemmer: .none).key
        == NameKey("Харкові", language: .uk, stemmer: .shared).key)
  }

  @Test(arguments: [
    ("Україна", "Ukrainian"), ("українського", "Ukraine"), ("Ukrainian", "України"),
    ("Мали", "Malian"), ("малийского", "Mali"), ("малійський", "Малі"), ("Russian", "Росії"),
    ("європейських", "Europe"),
  ])
  func adjectivesAndDemonymsNameTheirPlace(_ first: String, _ second: String) {
    #expect(NameKey.matches(first, second), "\(first) ~ \(second)")
    if !["європейських"].contains(first) {
      #expect(NameKey.matches(first, second, stemmer: .none), "\(first) ~ \(second), rules alone")
    }
  }

  @Test func aLanguageChoosesTheDictionary() {
    #expect(NameKey("Києві", language: .uk).key == "#kyiv")
    #expect(NameKey("Киеве", language: .ru).key == "#kyiv")
    #expect(NameKey("Ukrainian", language: .en).key == "#ukraine")
  }
}
