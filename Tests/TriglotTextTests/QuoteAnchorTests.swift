import Testing
import TriglotText

@Suite("Quote anchors")
struct QuoteAnchorTests {
  @Test(arguments: [
    ("Він сказав: «Кожна гривня піде на оборону». Далі", "Кожна гривня піде на оборону"),
    ("He said: “Every hryvnia will go to defense.” Then", "Every hryvnia will go to defense."),
    ("Он сказал: „Каждая гривна пойдет на оборону“.", "Каждая гривна пойдет на оборону"),
    ("He said \"we will not give up this city\" twice", "we will not give up this city"),
    ("«Зовнішня «рамка» угоди готова», – сказав він", "Зовнішня «рамка» угоди готова"),
  ])
  func extractsQuotedText(text: String, quoted: String) throws {
    let quote = try #require(QuoteAnchor.extract(from: text).first)
    #expect(quote.text == quoted)
  }

  @Test func shortQuotesAreNames() {
    #expect(QuoteAnchor.extract(from: "гурт «Сіверія» переміг").isEmpty)
  }
}
