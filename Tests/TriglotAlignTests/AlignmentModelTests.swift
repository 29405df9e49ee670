import Testing
import TriglotAlign
import TriglotText

@Suite("Alignment model")
struct AlignmentModelTests {
  @Test func editionSplitsParagraphs() {
    let edition = Edition(language: .uk, source: "uk.txt", text: "Перший.\n\nДругий.")
    #expect(edition.paragraphs.count == 2)
    let group = AlignmentGroup(paragraphs: [.uk: [0, 1]], confidence: 0.9)
    #expect(group[.uk] == [0, 1])
    #expect(group[.en].isEmpty)
  }
}
