import Testing
import TriglotText

@Suite("Name anchors")
struct NameAnchorTests {
  /// Spellings of one name across languages and cases share the key.
  @Test(arguments: [
    ["Буданов", "Буданова", "Будановим", "Budanov"],
    ["Кирило", "Kyrylo", "Кирилл"],
    ["Харків", "Харкові", "Kharkiv", "Харьков", "Харькове"],
    ["Київ", "Києві", "Kyiv", "Киев"],
    ["Юсов", "Yusov", "Iusov"],
    ["Андрій", "Andrii", "Andriy", "Андрей"],
    ["Олександр", "Oleksandr", "Александр"],
    ["Запоріжжя", "Zaporizhzhia", "Запорожье"],
    ["Зеленський", "Зеленського", "Zelensky", "Zelenskyy", "Зеленский"],
    ["Ігнат", "Ihnat", "Игнат"],
    ["Україна", "України", "Ukraine", "Ukraine's", "Украина"],
  ])
  func keysMatchAcrossSpellings(spellings: [String]) {
    let keys = Set(spellings.map(NameAnchor.key(for:)))
    #expect(keys.count == 1, "\(spellings) → \(keys)")
  }

  @Test func differentNamesDiffer() {
    #expect(NameAnchor.key(for: "Буданов") != NameAnchor.key(for: "Марченко"))
    #expect(NameAnchor.key(for: "Kharkiv") != NameAnchor.key(for: "Kyiv"))
  }

  @Test func findsNamesButNotSentenceStarts() {
    let names = NameAnchor.extract(
      from: "Вчора міністр Сергій Марченко виступив у Раді. Він сказав, що НБУ згоден.")
    #expect(names.map(\.text) == ["Сергій Марченко", "Раді", "НБУ"])
    #expect(names[0].keys.count == 2)
  }

  /// A capitalized word that opens a sentence alone is no name, but is kept aside as a possible
  /// one (four letters or more), keyed like a name, for the aligner.
  @Test func wordsOpeningASentenceAreKeptAsPossibleNames() {
    let anchors = ParagraphAnchors(
      text: "Navalny became a household name. He said so. However, Putin stayed.", language: .en)
    #expect(anchors.names.map(\.text) == ["Putin"])
    #expect(anchors.sentenceInitials.map(\.text) == ["Navalny", "However"])
    let ukrainian = ParagraphAnchors(text: "Ім'я Навального стало прозивним.", language: .uk)
    #expect(ukrainian.names.first?.keys.last == anchors.sentenceInitials.first?.keys.first)
  }

  @Test func multiWordNameAtSentenceStartCounts() {
    let names = NameAnchor.extract(from: "Ярослав Железняк повідомив про голосування.")
    #expect(names.map(\.text) == ["Ярослав Железняк"])
  }

  @Test func hyphenatedNamesStayWhole() {
    let names = NameAnchor.extract(from: "Він приїхав до Івано-Франківська.")
    #expect(names.map(\.text) == ["Івано-Франківська"])
  }
}
