import Testing
import TriglotText

@Suite("Lexicon anchors")
struct LexiconAnchorTests {
  /// One term in Ukrainian, Russian and English maps to one concept.
  @Test(arguments: [
    (["Німеччини", "Германии", "Germany"], "country.germany"),
    (["мер", "мэр", "mayor"], "title.mayor"),
    (["гривень", "гривен", "hryvnias"], "unit.uah"),
    (["парламенті", "парламенте", "parliament"], "org.parliament"),
    (["ракетами", "ракетами", "missiles"], "war.missile"),
    (["санкцій", "санкций", "sanctions"], "econ.sanctions"),
    (["липні", "июле", "July"], "month.7"),
    (["США", "США", "USA"], "country.usa"),
  ])
  func mapsToConcept(words: [String], concept: String) {
    for word in words {
      #expect(LexiconAnchor.extract(from: word).map(\.concept) == [concept], "\(word)")
    }
  }

  @Test func leavesOrdinaryWordsAlone() {
    #expect(LexiconAnchor.extract(from: "серед мінімальних операцій").isEmpty)
  }
}
