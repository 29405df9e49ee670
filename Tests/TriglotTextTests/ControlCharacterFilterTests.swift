import Testing
import TriglotText

@Suite("Control characters taken out of read text")
struct ControlCharacterFilterTests {
  @Test(arguments: [
    ("retitle \u{1B}]0;PWNED 2 31\u{07}done", "retitle done", 1, 0),
    ("OSC with ST \u{1B}]2;x 7\u{1B}\\end", "OSC with ST end", 1, 0),
    ("clear \u{1B}[2J\u{1B}[1;31mred\u{1B}[0m", "clear red", 3, 0),
    ("C1 CSI \u{9B}31m and OSC \u{9D}0;t 5\u{9C}.", "C1 CSI  and OSC .", 2, 0),
    ("two-byte ESC c\u{1B}creset", "two-byte ESC creset", 1, 0),
    ("bell\u{07} nul\u{0} del\u{7F} c1\u{85} nonchar\u{FFFF}\u{FFFE}", "bell nul del c1 nonchar", 0, 6),
    ("page\u{0C}break and\u{0B}tab\tline\r\n", "page\nbreak and\ntab\tline\r\n", 0, 0),
    ("an OSC left open \u{1B}]0;title 42\nnext line", "an OSC left open \nnext line", 1, 0),
    ("ESC at the end\u{1B}", "ESC at the end", 1, 0),
  ])
  func sequencesGoWhole(input: String, expected: String, sequences: Int, characters: Int) {
    let result = ControlCharacterFilter.filter(input)
    #expect(result.text == expected)
    #expect(result.sequences == sequences)
    #expect(result.characters == characters)
  }

  @Test func textWithoutControlsIsReturnedAsItIs() {
    let text = "Бюджет на 2026 рік — «ухвалено». Tab\there, ’apostrophes’ and U+2028\u{2028}."
    let result = ControlCharacterFilter.filter(text)
    #expect(result.text == text)
    #expect(!result.changed)
  }

  @Test func numbersInsideAnEscapeAreNotReadAsNumbers() throws {
    let bytes = Array("Бюджет \u{1B}]0;PWNED 2 31\u{07}ухвалили 14 травня.".utf8)
    let document = try DocumentReader.read(bytes, source: "uk.txt", pathExtension: "txt")
    #expect(document.paragraphs.map(\.text) == ["Бюджет ухвалили 14 травня."])
    #expect(document.removedEscapeSequences == 1)
  }
}
