import Testing
import TriglotText

@Suite("Name keys")
struct NameKeyTests {
  @Test func precisionAndRecallOnTheCrossEditionTable() {
    let positives = NameKeyPairs.sameName
    let negatives = NameKeyPairs.differentNames
    #expect(positives.count >= 150)
    #expect(negatives.count >= 150)
    let missed = positives.filter { !NameKey.matches($0.0, $0.1) }
    let wrong = negatives.filter { NameKey.matches($0.0, $0.1) }
    let truePositives = Double(positives.count - missed.count)
    let precision = truePositives / (truePositives + Double(wrong.count))
    let recall = truePositives / Double(positives.count)
    print(
      "NameKey: \(positives.count) pairs, \(negatives.count) non-pairs; "
        + "precision \(precision), recall \(recall)")
    for pair in missed { print("  missed: \(pair.0) ~ \(pair.1)") }
    for pair in wrong { print("  false match: \(pair.0) ~ \(pair.1)") }
    #expect(precision >= 0.97)
    #expect(recall >= 0.97)
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
}
