import Foundation
import Testing
import TriglotTestSupport

@testable import TriglotText

@Suite("Parsing HTML with libxml2")
struct HTMLDocumentTests {
  @Test func readsElementsTextAttributesAndLines() throws {
    let html = """
      <!DOCTYPE html>
      <html lang="uk-UA"><head><meta property="og:title" content="Заголовок &amp; підзаголовок">
      </head><body>
      <p class="lead" data-x="a&quot;b">Київ&nbsp;— столиця&#8217;s <b>України</b><br>і&nbsp;не&nbsp;лише</p>
      </body></html>
      """
    let document = try HTMLDocument(parsing: html, source: "t.html")
    #expect(document.declaredLanguage == "uk")
    #expect(document.meta("og:title") == "Заголовок & підзаголовок")
    let paragraph = try #require(document.body.descendants.first { $0.name == "p" })
    #expect(paragraph.line == 4)
    #expect(paragraph[attribute: "class"] == "lead")
    #expect(paragraph[attribute: "data-x"] == "a\"b")
    #expect(paragraph.text == "Київ — столиця’s України і не лише")
  }

  @Test func recoversFromBrokenMarkupAsBrowsersDo() throws {
    let document = try HTMLDocument(
      parsing: "<div><p>Один<p>Два</div><li>Три", source: "b.html")
    #expect(document.body.descendants.filter { $0.name == "p" }.map(\.text) == ["Один", "Два"])
    #expect(document.body.text == "Один Два Три")
  }

  @Test func scriptTextStaysInsideTheScript() throws {
    let document = try HTMLDocument(
      parsing: "<p>a</p><script>if (a < b) { document.write('<p>x</p>'); }</script><p>b</p>",
      source: "s.html")
    #expect(document.body.descendants.filter { $0.name == "p" }.map(\.text) == ["a", "b"])
  }

  /// No external entity, DTD or network access: the entity stays unexpanded.
  @Test func loadsNoExternalEntity() throws {
    let html = """
      <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
      <html><body><p>before &xxe; after</p><img src="http://127.0.0.1:9/x.png"></body></html>
      """
    let document = try HTMLDocument(parsing: html, source: "x.html")
    let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)) ?? "\u{1}"
    let text = document.body.text
    #expect(text.contains("before &xxe; after"))
    #expect(!text.contains(hostname.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  @Test func boundsTheSize() {
    let limits = HTMLDocument.Limits(maxBytes: 100)
    #expect(
      throws: TriglotTextError.inputTooLarge(
        source: "big.html", format: "HTML", byteCount: 107, limit: 100)
    ) {
      try HTMLDocument(
        parsing: "<p>" + String(repeating: "a", count: 100) + "</p>", source: "big.html",
        limits: limits)
    }
  }

  @Test func boundsTheDepthWithoutExhaustingTheStack() throws {
    let deep = String(repeating: "<div>", count: 100_000) + "text"
    let error = #expect(throws: TriglotTextError.self) {
      try HTMLDocument(parsing: deep, source: "deep.html")
    }
    guard case .nestingTooDeep(let source, _, let limit) = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(source == "deep.html")
    #expect(limit == 250)
    let fine = String(repeating: "<div>", count: 240) + "text"
    #expect(try HTMLDocument(parsing: fine, source: "ok.html").body.text == "text")
  }

  /// libxml2's HTML parser counts lines in 16 bits: far lines are unknown (0), never wrong.
  @Test func linesFrom65535OnAreUnknown() throws {
    let html = "<p>near</p>" + String(repeating: "\n", count: 70_000) + "<p>far</p>"
    let document = try HTMLDocument(parsing: html, source: "long.html")
    #expect(document.body.descendants.filter { $0.name == "p" }.map(\.line) == [1, 0])
  }

  @Test(arguments: ["02-kharkiv-strike", "05-football-qualifier"])
  func parsesTheSavedPages(article: String) throws {
    for language in ["uk", "en", "ru"] {
      let path = PackageRoot.path("Corpora/pages/\(article)/\(language).html")
      let document = try HTMLDocument(
        parsing: try String(contentsOfFile: path, encoding: .utf8), source: path)
      #expect(document.declaredLanguage == language)
      #expect(document.body.descendants.filter { $0.name == "h1" }.count == 1)
      #expect(document.meta("og:title") != nil)
    }
  }
}
