import Foundation
import Testing
import TriglotTestSupport
import TriglotText

@Suite("House names")
struct HouseNamesTests {
  static let kmu = try! Transliterator(TransliterationStandard.defaultStandard(for: .uk)!)
  static let list = """
    # house style
    Юсов\tYusov\tAndriy Yusov

    Андрій\tAndriy
    Вагнер\tWagner
    Ганна\tHanna
    Ян\tJan
    Андрій Юсов\tAndriy Yusov
    Нью-Йорк\tNew York
    """

  static let house = try! HouseNames(parsing: list, source: "house.tsv")

  @Test func parsesEntriesCommentsAndNotes() throws {
    #expect(Self.house.entries.count == 7)
    let yusov = try #require(Self.house.entry(for: "ЮСОВ"))
    #expect(yusov.latin == "Yusov")
    #expect(yusov.note == "Andriy Yusov")
    #expect(yusov.line == 2)
    #expect(Self.house.entry(for: "Андрій Юсов")?.latin == "Andriy Yusov")
    #expect(Self.house.entry(for: "Петренко") == nil)
    #expect(Self.house.source == "house.tsv")
  }

  @Test(arguments: [
    ("Юсов", "Yusov"), ("ЮСОВ", "YUSOV"), ("Юсова", "Yusova"), ("Юсовим", "Yusovym"),
    ("Андрій Юсов сказав", "Andriy Yusov skazav"), ("Андрія", "Andriia"),
    ("Вагнер і Вагнера", "Wagner i Wagnera"), ("Ганни", "Hanny"), ("Яна", "Yana"),
    ("у Нью-Йорку, Нью-Йорк", "u Niu-Yorku, New York"), ("Петренко", "Petrenko"),
    ("«Юсов» — 2024!", "«Yusov» — 2024!"),
  ])
  func listedNamesWinOverTheStandard(_ cyrillic: String, _ latin: String) throws {
    #expect(try Self.house.transliterate(cyrillic, with: Self.kmu) == latin)
  }

  @Test func anEmptyListIsTheStandard() throws {
    let empty = try HouseNames(parsing: "# nothing yet\n\n", source: "empty.tsv")
    #expect(empty.isEmpty)
    #expect(try empty.transliterate("Вагнер", with: Self.kmu) == "Vahner")
  }

  @Test(arguments: [
    ("Юсов Yusov", 1, "no tab between the Cyrillic and the Latin form in “Юсов Yusov”"),
    ("# ok\nЮсов\tYusov\tnote\textra", 2, "4 tab-separated fields where a line has two or three"),
    ("\tYusov", 1, "the Cyrillic form (first field) is empty"),
    ("Юсов\t", 1, "the Latin form (second field) is empty"),
    ("Yusov\tЮсов", 1, "the first field “Yusov” is not a Cyrillic name"),
    ("Юсов\tЮсов", 1, "the second field “Юсов” is not a Latin spelling"),
    ("Юсов\t2024", 1, "the second field “2024” is not a Latin spelling"),
    (
      "Юсов\tYusov\n\nюсов\tIusov", 3,
      "“юсов” is listed twice: line 1 spells it Yusov, this line Iusov"
    ),
  ])
  func aBadLineIsNamedWithItsLine(_ text: String, _ line: Int, _ reason: String) {
    #expect(
      throws: TriglotTextError.invalidNameList(source: "house.tsv", line: line, reason: reason)
    ) {
      _ = try HouseNames(parsing: text, source: "house.tsv")
    }
  }

  @Test func theMessageNamesTheFileAndLine() {
    let error = TriglotTextError.invalidNameList(source: "house.tsv", line: 3, reason: "bad")
    #expect(
      error.errorDescription
        == "house.tsv:3: bad; a line is CYRILLIC<TAB>LATIN[<TAB>NOTE], # starts a comment")
  }

  @Test func aByteOrderMarkAndWindowsLineEndsAreAccepted() throws {
    let house = try HouseNames(parsing: "\u{FEFF}Юсов\tYusov\r\nВагнер\tWagner\r\n", source: "x")
    #expect(house.entries.map(\.latin) == ["Yusov", "Wagner"])
  }

  @Test func theDocumentedExampleParses() throws {
    let text = try String(
      contentsOf: PackageRoot.url("Docs/house-names.example.tsv"), encoding: .utf8)
    let house = try HouseNames(parsing: text, source: "Docs/house-names.example.tsv")
    #expect(house.entries.count >= 8)
    #expect(house.entry(for: "Вагнер")?.latin == "Wagner")
  }
}
