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
    guard markdown.utf8.count <= limits.maxBytes else {
      throw .inputTooLarge(
        source: source, format: "Markdown", byteCount: markdown.utf8.count,
        limit: limits.maxBytes)
    }
    // Two inputs Ink never finishes on, or not in a lifetime (found by fuzzing).
    let markdown = escapingNestedBrackets(escapingUnclosedParagraphTags(markdown))
    let count = markdown.utf8.count
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

extension MarkdownReader {
  /// `markdown` with the `<` of every `<p` or `<P` that no `>` follows written `&lt;`, which
  /// Ink passes through as an entity and the HTML reader reads back as `<`.
  ///
  /// Ink never finishes on such a `<p` (found by fuzzing, Tests/Fuzz/README.md): its inline
  /// parser stops before `<p` to let a block start there, the block parser then fails to read
  /// an HTML element without a closing `>` and falls back to a paragraph, which stops before
  /// `<p` again without consuming anything, and so on for ever, appending empty paragraphs
  /// until memory runs out. With no `>` after it, the `<p` cannot start an element anyway, so
  /// the text is unchanged. (Inside a code span such a `<p` would read as `&lt;p`.)
  ///
  /// - Complexity: O(*n*) in the length of the Markdown.
  static func escapingUnclosedParagraphTags(_ markdown: String) -> String {
    let scalars = markdown.unicodeScalars
    let start = scalars.lastIndex(of: ">").map(scalars.index(after:)) ?? scalars.startIndex
    var rest = scalars[start...]
    guard rest.contains("<") else { return markdown }
    var escaped = String.UnicodeScalarView(scalars[..<start])
    while let open = rest.firstIndex(of: "<") {
      escaped.append(contentsOf: rest[..<open])
      let next = rest.index(after: open)
      if next < rest.endIndex, rest[next] == "p" || rest[next] == "P" {
        escaped.append(contentsOf: "&lt;".unicodeScalars)
      } else {
        escaped.append("<")
      }
      rest = rest[next...]
    }
    escaped.append(contentsOf: rest)
    return String(escaped)
  }

  /// `markdown` with a backslash before every `[` whose next bracket is another `[` (and that
  /// has none before it already), which Ink reads as a plain `[`.
  ///
  /// Ink's time is exponential in the number of such `[` in a paragraph (found by fuzzing,
  /// Tests/Fuzz/README.md: twenty took 5.8 s, thirty ran past the 10 s timeout): each `[`
  /// starts a link whose text is read up to a `]`, trying a link at every `[` inside it, and
  /// when the link fails, as it does without `](` or `][`, it is read again from the next `[`.
  /// A `[` whose next bracket is `]` holds no other `[`, so the links Ink tries no longer nest
  /// and the reading is linear; a link whose text holds brackets (`[a [b] c](url)`) is read as
  /// text. (Inside code, such a `[` would read as `\[`.)
  ///
  /// - Complexity: O(*n*) in the length of the Markdown.
  static func escapingNestedBrackets(_ markdown: String) -> String {
    let scalars = Array(markdown.unicodeScalars)
    var escapes = [Bool](repeating: false, count: scalars.count)
    var nextBracket: Unicode.Scalar?
    for index in scalars.indices.reversed() {
      let scalar = scalars[index]
      guard scalar == "[" || scalar == "]" else { continue }
      if scalar == "[", nextBracket == "[", index == 0 || scalars[index - 1] != "\\" {
        escapes[index] = true
      }
      nextBracket = scalar
    }
    guard escapes.contains(true) else { return markdown }
    var escaped = String.UnicodeScalarView()
    for (scalar, escape) in zip(scalars, escapes) {
      if escape { escaped.append("\\") }
      escaped.append(scalar)
    }
    return String(escaped)
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
