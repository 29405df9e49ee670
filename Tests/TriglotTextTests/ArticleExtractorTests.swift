import Foundation
import Testing
import TriglotTestSupport

@testable import TriglotText

@Suite("Finding the article in a page")
struct ArticleExtractorTests {
  static func extract(_ html: String, scope: ArticleExtractor.Scope = .page) throws
    -> ExtractedArticle
  {
    ArticleExtractor(scope: scope).extract(from: try HTMLDocument(parsing: html, source: "t"))
  }

  /// The saved pages of Corpora/pages give the article paragraphs of the `.txt` editions (the
  /// ones gold.json does not list as boilerplate), in order, plus the photo caption and the
  /// "Read also" lines the CMS left in the body.
  @Test(arguments: ["02-kharkiv-strike", "05-football-qualifier"])
  func savedPagesGiveTheTextEditions(slug: String) throws {
    let article = try CorporaArticle(slug: slug)
    for edition in article.editions {
      let lang = edition.language.rawValue
      let page = PackageRoot.path("Corpora/pages/\(slug)/\(lang).html")
      let extracted = try Self.extract(try String(contentsOfFile: page, encoding: .utf8))
      let boilerplate = article.boilerplate(edition.language)
      let expected = edition.paragraphs.enumerated()
        .filter { !boilerplate.contains($0.offset) }.map(\.element.text)
      let readAlso = ["Read also:", "Читайте також:", "Читайте также:"]
      let got = extracted.paragraphs
        .filter { $0.kind != .caption && !readAlso.contains(where: $0.text.hasPrefix) }
        .map(\.text)
      #expect(got == expected, "\(page)")
      #expect(extracted.paragraphs.first?.kind == .title, "\(page)")
      #expect(extracted.paragraphs.filter { $0.kind == .caption }.count == 1, "\(page)")
      #expect(extracted.declaredLanguage == lang)
    }
  }

  @Test func prefersTheArticleElementAndKeepsItsHeadline() throws {
    let html = """
      <html lang="en"><body>
      <header class="site"><h1 class="logo">Daily News</h1><nav><a href="/">Home</a></nav></header>
      <main><article>
        <header><h1>Strike on Kharkiv</h1><p class="byline">By Jane Doe</p>
          <time>17 September 2025</time></header>
        <figure><img src="a.jpg" alt="x"><figcaption>Rescuers at the site (photo: SES)</figcaption></figure>
        <p class="lead">Four people were killed and 43 injured overnight.</p>
        <div class="share-bar">Share: <a>Facebook</a> <a>Telegram</a> <a>X</a></div>
        <p>Russian forces launched missiles at the city, the governor said on Telegram.</p>
        <h2>What is known</h2>
        <ul><li>Two districts were hit.</li><li>A school was damaged.</li></ul>
        <blockquote><p>“We will rebuild,” the mayor said.</p></blockquote>
        <p>Read also: <a href="/x">Another story</a></p>
        <ul class="tags"><li><a>Kharkiv</a></li><li><a>strike</a></li></ul>
      </article>
      <section class="related"><p>More stories you may like from our newsroom today.</p></section>
      </main>
      <footer><p>© 2025 Daily News. All rights reserved by the publisher.</p></footer>
      </body></html>
      """
    let article = try Self.extract(html)
    #expect(
      article.paragraphs.map(\.kind) == [
        .title, .caption, .lead, .body, .heading, .listItem, .listItem, .quote, .body,
      ])
    #expect(
      article.paragraphs.map(\.text) == [
        "Strike on Kharkiv", "Rescuers at the site (photo: SES)",
        "Four people were killed and 43 injured overnight.",
        "Russian forces launched missiles at the city, the governor said on Telegram.",
        "What is known", "Two districts were hit.", "A school was damaged.",
        "“We will rebuild,” the mayor said.", "Read also: Another story",
      ])
    #expect(article.container.hasPrefix("<article> at line 3"))
    let reasons = article.dropped.map { "\($0.element): \($0.reason)" }
    #expect(reasons.contains("p.byline: class “byline” (byline)"))
    #expect(reasons.contains("div.share-bar: class “share-bar” (share)"))
    #expect(reasons.contains("ul.tags: class “tags” (tags)"))
    #expect(reasons.contains("section.related: class “related” (related)"))
    #expect(reasons.contains("footer: <footer>"))
    #expect(reasons.contains("header.site: <header>"))
  }

  @Test func withoutSemanticElementsTakesTheDensestBlockAndItsHeadline() throws {
    let body = (1...4).map { "<p>Paragraph \($0) of the story, long enough to count as text.</p>" }
      .joined()
    let html = """
      <body><div id="menu"><ul><li><a>News</a></li><li><a>Sport</a></li></ul></div>
      <div class="col"><div class="item"><h1>The headline</h1><div class="date">10.10.2025</div>
      <div class="text">\(body)</div></div>
      <div class="box"><p>A short sidebar note that is not the article at all.</p></div></div>
      </body>
      """
    let article = try Self.extract(html)
    #expect(article.paragraphs.map(\.text).first == "The headline")
    #expect(article.paragraphs.count == 5)
    #expect(article.container.hasPrefix("<div class=\"item\">"))
  }

  @Test func aPageWithoutH1TakesTheOpenGraphTitle() throws {
    let html = """
      <html><head><meta property="og:title" content="Title from the head"><title>T | Site</title>
      </head><body><article><p>The only paragraph of this article, with enough text.</p>
      </article></body></html>
      """
    let article = try Self.extract(html)
    #expect(
      article.paragraphs.map(\.text) == [
        "Title from the head", "The only paragraph of this article, with enough text.",
      ])
    #expect(article.paragraphs.first?.kind == .title)
  }

  @Test func twoLineBreaksEndAParagraphOneIsASpace() throws {
    let html = """
      <body><div class="content">First line<br>same paragraph.<br><br>Second paragraph,
      long enough.<br />  <br/>Third.</div></body>
      """
    let article = try Self.extract(html)
    #expect(
      article.paragraphs.map(\.text) == [
        "First line same paragraph.", "Second paragraph, long enough.", "Third.",
      ])
  }

  @Test func hiddenElementsAndCommentsAreNoText() throws {
    let html = """
      <body><article><p>Visible paragraph of the article text.</p><!-- a comment -->
      <div hidden><p>Cookie banner text that is hidden.</p></div>
      <p style="display: none">Hidden paragraph.</p><p aria-hidden="true">Also hidden.</p>
      </article></body>
      """
    let article = try Self.extract(html)
    #expect(article.paragraphs.map(\.text) == ["Visible paragraph of the article text."])
    #expect(article.dropped.map(\.reason) == [.hidden, .hidden, .hidden])
  }

  @Test func positionsPointToTheElements() throws {
    let html =
      "<html><body>\n<article>\n<h1>Title</h1>\n<p>One.</p>\n<p>Two.</p>\n</article></body></html>"
    let article = try Self.extract(html)
    #expect(
      article.paragraphs.map(\.position) == [
        SourcePosition(line: 3, path: "/html/body/article/h1"),
        SourcePosition(line: 4, path: "/html/body/article/p[1]"),
        SourcePosition(line: 5, path: "/html/body/article/p[2]"),
      ])
    #expect(article.segments.map(\.range) == [0..<5, 7..<11, 13..<17])
    #expect(article.text == "Title\n\nOne.\n\nTwo.")
  }

  @Test func tableRowsAreParagraphs() throws {
    let html = """
      <body><article><p>Results of the vote, as announced.</p>
      <table><tr><th>Party</th><th>Seats</th></tr><tr><td>A</td><td>120</td></tr></table>
      </article></body>
      """
    let article = try Self.extract(html)
    #expect(
      article.paragraphs.map(\.text) == [
        "Results of the vote, as announced.", "Party Seats", "A 120",
      ])
    #expect(article.paragraphs.dropFirst().allSatisfy { $0.kind == .tableRow })
  }

  @Test(arguments: [
    ("share-bar__btn", "share"), ("readAlso", "read also"), ("tg-subscribe", "subscri"),
    ("article__meta", "meta"), ("cookie-warning", "cookie"), ("news-date-time", "date"),
    ("main-nav", "nav"), ("ad", "ad"), ("lang-switch", "lang switch"), ("langs", "langs"),
  ])
  func classWordsMarkFurniture(value: String, word: String) {
    #expect(PageFurniture.markedWord(in: value) == word)
  }

  @Test(arguments: [
    "article__body", "post-content", "content", "address", "header-less-story", "lead",
    "canvas-wrapper", "research", "update-time",
  ])
  func classWordsOfContentAreNoFurniture(value: String) {
    #expect(PageFurniture.markedWord(in: value) == nil)
  }
}
