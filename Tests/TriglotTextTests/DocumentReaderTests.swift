import Testing

@testable import TriglotText

@Suite("Reading edition files in any format")
struct DocumentReaderTests {
  static let page = Array(
    "<!DOCTYPE html><html lang=\"ru\"><body><article><h1>Заголовок</h1><p>Первый абзац.</p></article></body></html>"
      .utf8)

  @Test(arguments: [
    ("html", InputFormat.html), ("HTM", .html), ("xhtml", .html), ("md", .markdown),
    ("markdown", .markdown), ("txt", .text), ("text", .text),
  ])
  func theExtensionNamesTheFormat(pathExtension: String, format: InputFormat) {
    #expect(InputFormat(pathExtension: pathExtension) == format)
  }

  @Test func aPageIsReadAsItsArticle() throws {
    let document = try DocumentReader.read(Self.page, source: "ru.html", pathExtension: "html")
    #expect(document.format == .html)
    #expect(document.formatEvidence == .pathExtension)
    #expect(document.paragraphs.map(\.text) == ["Заголовок", "Первый абзац."])
    #expect(document.origins.map(\.kind) == [.title, .body])
    #expect(document.declaredLanguage == .ru)
    #expect(document.text == "Заголовок\n\nПервый абзац.")
  }

  @Test(arguments: ["txt", nil] as [String?])
  func htmlInTextOrWithoutANameIsSniffed(pathExtension: String?) throws {
    let document = try DocumentReader.read(Self.page, source: "x", pathExtension: pathExtension)
    #expect(document.format == .html)
    #expect(document.formatEvidence == .sniffed)
  }

  @Test func aGivenFormatIsNeverSniffed() throws {
    let document = try DocumentReader.read(
      Self.page, source: "x.txt", pathExtension: "txt", options: .init(format: .text))
    #expect(document.format == .text)
    #expect(document.paragraphs.count == 1)
    #expect(document.origins.isEmpty)
  }

  @Test func textIsSplitAtBlankLinesOrLines() throws {
    let document = try DocumentReader.read(
      Array("Перше речення.\nДруге речення.\n".utf8), source: "a.txt", pathExtension: "txt")
    #expect(document.format == .text)
    #expect(document.paragraphs.map(\.text) == ["Перше речення.", "Друге речення."])
    #expect(document.article == nil)
  }

  @Test func aPageInWindows1251IsDetectedAcrossItsMarkup() throws {
    var bytes: [UInt8] = Array("<html><head><meta charset=\"windows-1251\"></head><body><p>".utf8)
    // "Верховна Рада ухвалила бюджет на 2026 рік." in windows-1251.
    bytes += [
      0xC2, 0xE5, 0xF0, 0xF5, 0xEE, 0xE2, 0xED, 0xE0, 0x20, 0xD0, 0xE0, 0xE4, 0xE0, 0x20, 0xF3,
      0xF5, 0xE2, 0xE0, 0xEB, 0xE8, 0xEB, 0xE0, 0x20, 0xE1, 0xFE, 0xE4, 0xE6, 0xE5, 0xF2, 0x20,
      0xED, 0xE0, 0x20, 0x32, 0x30, 0x32, 0x36, 0x20, 0xF0, 0xB3, 0xEA, 0x2E,
    ]
    bytes += Array("</p></body></html>".utf8)
    let document = try DocumentReader.read(bytes, source: "uk.html", pathExtension: "html")
    #expect(document.decoded.encoding == .windows1251)
    #expect(document.paragraphs.map(\.text) == ["Верховна Рада ухвалила бюджет на 2026 рік."])
  }

  @Test func aPageWithoutTextIsAnError() {
    #expect(throws: TriglotTextError.noArticleText(source: "e.html", format: "HTML")) {
      try DocumentReader.read(
        Array("<html><body><nav>Menu</nav></body></html>".utf8), source: "e.html",
        pathExtension: "html")
    }
  }

  @Test(arguments: [
    "<!DOCTYPE html>", "  \n<html lang=uk>", "<HTML>", "<!-- saved from url -->", "<p>Текст",
    "\u{FEFF}<div class=x>", "<body>",
  ])
  func sniffsHTMLByItsFirstTag(start: String) {
    #expect(InputFormat.looksLikeHTML(start + "…"))
  }

  @Test(arguments: [
    "Текст статті <b>з тегом</b>", "<3 love", "<a", "1 < 2", "<pre-release> notes", "",
  ])
  func leavesTextAlone(start: String) {
    #expect(!InputFormat.looksLikeHTML(start))
  }
}
