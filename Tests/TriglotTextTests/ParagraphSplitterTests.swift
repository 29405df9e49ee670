import Testing
import TriglotText

@Suite("Paragraph splitting")
struct ParagraphSplitterTests {
  @Test(arguments: [
    ("Один.\n\nДва.\n\n\nТри.", ["Один.", "Два.", "Три."]),
    ("One\nline two\n\n  Next  \n", ["One\nline two", "Next"]),
    ("a\r\n\r\nb", ["a", "b"]),
    ("no blank lines\nso each line\nis a paragraph", ["no blank lines", "so each line", "is a paragraph"]),
    ("\n\n  \n", []),
  ])
  func splits(text: String, expected: [String]) {
    #expect(ParagraphSplitter.paragraphs(in: text).map(\.text) == expected)
  }

  @Test func rangesPointIntoTheOriginal() {
    let text = "ua en ru\n\nКиїв — столиця.\n\nEnd"
    let scalars = Array(text.unicodeScalars)
    for paragraph in ParagraphSplitter.paragraphs(in: text) {
      let slice = String(String.UnicodeScalarView(scalars[paragraph.range]))
      #expect(slice == paragraph.text)
    }
  }
}
