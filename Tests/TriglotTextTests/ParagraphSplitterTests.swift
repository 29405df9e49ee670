import Testing
import TriglotText

@Suite("Paragraph splitting")
struct ParagraphSplitterTests {
  @Test(arguments: [
    ("Один.\n\nДва.\n\n\nТри.", ["Один.", "Два.", "Три."]),
    ("One\nline two\n\n  Next  \n", ["One\nline two", "Next"]),
    ("a\r\n\r\nb", ["a", "b"]),
    (
      "no blank lines\nso each line\nis a paragraph",
      ["no blank lines", "so each line", "is a paragraph"]
    ),
    ("\n\n  \n", []),
  ])
  func splits(text: String, expected: [String]) {
    #expect(ParagraphSplitter.paragraphs(in: text).map(\.text) == expected)
  }

  /// One paragraph per line, as most tools and CMS exports write it: a final newline (or blank
  /// lines around the text) is no blank line between paragraphs.
  @Test(arguments: [
    "Перше речення.\nДруге речення.",
    "Перше речення.\nДруге речення.\n",
    "Перше речення.\nДруге речення.\n\n\n",
    "\n\nПерше речення.\nДруге речення.\n",
    "Перше речення.\r\nДруге речення.\r\n",
    "Перше речення.\r\nДруге речення.",
    "Перше речення.\rДруге речення.\r",
    "Перше речення.\n  \nДруге речення.\n",
  ])
  func oneParagraphPerLine(text: String) {
    #expect(
      ParagraphSplitter.paragraphs(in: text).map(\.text) == ["Перше речення.", "Друге речення."])
  }

  @Test func aBlankLineBetweenTextStillJoinsLines() {
    let text = "Перше речення,\nщо триває.\n\nДруге.\n"
    #expect(
      ParagraphSplitter.paragraphs(in: text).map(\.text) == [
        "Перше речення,\nщо триває.", "Друге.",
      ])
  }

  @Test func aByteOrderMarkIsNoPartOfTheText() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Перше речення.\r\nДруге речення.\r\n".utf8)
    let text = try TextDecoder.decode(bytes, source: "a.txt").text
    #expect(
      ParagraphSplitter.paragraphs(in: text).map(\.text) == ["Перше речення.", "Друге речення."])
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
