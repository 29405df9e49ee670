import Testing
import TriglotText

@testable import TriglotAlign

@Suite("Editions read from pages")
struct EditionTests {
  static func page(_ html: String, source: String = "uk.html") throws -> ReadDocument {
    try DocumentReader.read(Array(html.utf8), source: source, pathExtension: "html")
  }

  @Test func anEditionCarriesWhereEachParagraphCameFrom() throws {
    let document = try Self.page(
      "<body><article><h1>Бюджет</h1><p>Рада ухвалила бюджет на 2026 рік.</p></article></body>")
    let edition = Edition(language: .uk, document: document)
    #expect(edition.paragraphs.map(\.text) == ["Бюджет", "Рада ухвалила бюджет на 2026 рік."])
    #expect(edition.origin(of: 0)?.kind == .title)
    #expect(edition.origin(of: 1)?.position.path == "/html/body/article/p")
    #expect(edition.origin(of: 2) == nil)
    #expect(Edition(language: .uk, source: "uk.txt", text: "Бюджет").origins.isEmpty)
  }

  /// A `<figcaption>` is caption boilerplate whatever its text, so a caption one edition lacks
  /// is no omission.
  @Test func aFigureCaptionIsBoilerplate() throws {
    let uk = try Self.page(
      """
      <body><article><h1>Удар по Харкову</h1>
      <figure><figcaption>Рятувальники на місці влучання</figcaption></figure>
      <p>У ніч на 17 вересня російські війська завдали удару по Харкову, загинули четверо людей.</p>
      </article></body>
      """)
    let en = try Self.page(
      """
      <body><article><h1>Strike on Kharkiv</h1>
      <p>Overnight on September 17, Russian forces struck Kharkiv, killing four people.</p>
      </article></body>
      """, source: "en.html")
    let alignment = try ParagraphAligner().align([
      Edition(language: .uk, document: uk), Edition(language: .en, document: en),
    ])
    #expect(alignment.paragraphInfo[.uk]?.map(\.boilerplate) == [nil, .caption, nil])
  }

  @Test func aPageTooShortToTellTakesTheLanguageItDeclares() throws {
    let short = try Self.page("<html lang=\"ru\"><body><p>OK 2026</p></body></html>")
    let english = try Self.page(
      "<html lang=\"en\"><body><p>The Verkhovna Rada adopted the state budget for 2026.</p></body></html>",
      source: "en.html")
    let editions = try Edition.detectingLanguages(of: [short, english])
    #expect(editions.map(\.language) == [.ru, .en])
  }
}
