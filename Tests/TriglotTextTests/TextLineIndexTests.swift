import Testing
import TriglotText

@Suite("Line and column numbers")
struct TextLineIndexTests {
  @Test(arguments: [
    ("abc", 0, 1, 1),
    ("abc", 2, 1, 3),
    ("ab\ncd", 3, 2, 1),
    ("ab\r\ncd", 4, 2, 1),
    ("ab\r\ncd", 5, 2, 2),
    ("ab\rcd\n\nЇжак", 7, 4, 1),
    ("😀 Київ", 2, 1, 3),
    ("ab\n", 3, 2, 1),
  ])
  func locates(text: String, offset: Int, line: Int, column: Int) {
    let location = TextLineIndex(text).location(ofScalarOffset: offset)
    #expect(location.line == line)
    #expect(location.column == column)
  }
}
