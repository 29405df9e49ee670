import Testing
import TriglotText

@Suite("Link anchors")
struct LinkAnchorTests {
  @Test func findsURLsHashtagsAndHandles() {
    let links = LinkAnchor.extract(
      from: "Деталі на https://www.rada.gov.ua/news. Тег #StandWithUkraine, канал @rbc_ukraine.")
    #expect(links.map(\.kind) == [.url, .hashtag, .handle])
    #expect(
      links.map(\.text) == ["https://www.rada.gov.ua/news", "#StandWithUkraine", "@rbc_ukraine"])
    #expect(links[0].key == "rada.gov.ua/news")
  }

  @Test func ignoresNumberSignsAndEmails() {
    #expect(LinkAnchor.extract(from: "законопроєкт #14000 і пошта press@rada.gov.ua").isEmpty)
  }
}
