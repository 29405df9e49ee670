import Ink

/// Reads a Markdown edition: Ink (JohnSundell/Ink) turns the Markdown into HTML, which the HTML
/// reader then reads as a document that is all article (``ArticleExtractor/Scope/document``):
/// headings, paragraphs, list items, quotations (`>`), and captions (an image alone on its line,
/// by its alt text, and an emphasized line right under it). No regular expression ever looks at
/// the markup.
///
/// Each paragraph's position is the line of the Markdown block it comes from (a list's or a
/// quotation's first line for the paragraphs in it). A front-matter `title:` is the headline
/// when the document has no `# heading`.
public enum MarkdownReader {
  /// The attribute the reader puts on the HTML of each Markdown block to carry its line.
  static let lineAttribute = "data-markdown-line"

  /// The article of `markdown` read from `source`.
  ///
  /// - Throws: ``TriglotTextError/inputTooLarge(source:format:byteCount:limit:)`` beyond the HTML
  ///   reader's size limit.
  /// - Complexity: O(*n* log *n*) in the length of the Markdown.
  public static func read(
    _ markdown: String, source: String, limits: HTMLDocument.Limits = HTMLDocument.Limits()
  ) throws(TriglotTextError) -> ExtractedArticle {
    let count = markdown.utf8.count
    guard count <= limits.maxBytes else {
      throw .inputTooLarge(
        source: source, format: "Markdown", byteCount: count, limit: limits.maxBytes)
    }
    let lines = LineStarts(markdown)
    var parser = MarkdownParser()
    let targets: [Modifier.Target] = [
      .headings, .paragraphs, .blockquotes, .lists, .images, .tables, .codeBlocks, .html,
    ]
    for target in targets {
      parser.addModifier(
        Modifier(target: target) { html, fragment in
          // Ink hands top-level blocks over as slices of the document itself.
          guard fragment.base.utf8.count == count else { return html }
          let line = lines.line(
            ofUTF8Offset: markdown.utf8.distance(from: markdown.startIndex, to: fragment.startIndex)
          )
          return "<div \(lineAttribute)=\"\(line)\">\(html)</div>"
        })
    }
    let parsed = parser.parse(markdown)
    let document = try HTMLDocument(
      parsing: "<html><body>\(parsed.html)</body></html>", source: source, limits: limits)
    var extractor = ArticleExtractor(scope: .document)
    extractor.lineAttribute = lineAttribute
    var article = extractor.extract(from: document)
    article.container = "the whole Markdown document"
    if !article.paragraphs.contains(where: { $0.kind == .title }),
      let title = parsed.metadata["title"], !title.isEmpty
    {
      article.paragraphs.insert(
        ArticleParagraph(text: title, kind: .title, position: SourcePosition(line: 2)), at: 0)
    }
    return article
  }
}

/// The UTF-8 offsets where the lines of a text start, for turning offsets into line numbers.
struct LineStarts {
  private var starts: [Int] = [0]

  init(_ text: String) {
    for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
  }

  /// The 1-based line that holds the byte at `offset`.
  ///
  /// - Complexity: O(log *n*) in the number of lines.
  func line(ofUTF8Offset offset: Int) -> Int {
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle } else { high = middle }
    }
    return low + 1
  }
}
