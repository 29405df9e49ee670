/// Finds the article in a parsed HTML page and turns it into paragraphs, readability-style.
///
/// The container is the `<article>`, `itemprop="articleBody"` element or densest block of
/// paragraphs (``ArticleContainer``). Inside it, `script`, `style`, `nav`, `header`, `footer`,
/// `aside`, forms, hidden elements, menus, link lists and blocks whose class or id names
/// furniture (share bars, related links, tags, bylines, subscription blocks, cookie notices:
/// ``PageFurniture``) are dropped. What remains becomes paragraphs with their kind: the headline
/// (the container's first `<h1>`, or the page's `og:title` when there is none), leads,
/// body paragraphs, sub-headings, list items, quotations, captions (`<figcaption>`) and table
/// rows, each with its line and XPath. Entities are decoded and white space collapsed, as a
/// browser shows the text.
///
/// Text that only reads as furniture ("Read also: …" in a plain `<p>`) stays: the aligner's
/// boilerplate detector knows it in three languages.
public struct ArticleExtractor: Sendable {
  /// What the page is.
  public enum Scope: Sendable, Hashable {
    /// A web page: find the article in it.
    case page
    /// A document that is all article (Markdown turned into HTML): read all of `<body>`, and
    /// take an image alone in its paragraph as a caption (its alt text).
    case document
  }

  /// What the page is.
  public var scope: Scope

  /// An attribute that carries a source line on the HTML of each block, for HTML made from
  /// another format (Markdown): positions then give that line and no XPath.
  var lineAttribute: String?

  /// Creates an extractor.
  public init(scope: Scope = .page) {
    self.scope = scope
  }

  /// The article of `document`.
  ///
  /// - Complexity: O(*n*·*d*) for a page of *n* elements nested *d* deep.
  public func extract(from document: HTMLDocument) -> ExtractedArticle {
    let tree = HTMLTree(document.root)
    let body = tree.nodes.firstIndex { $0.name == "body" } ?? 0
    let furniture: [DroppedBlock.Reason?] =
      scope == .page
      ? tree.nodes.map(PageFurniture.reason(for:))
      : tree.nodes.map { node in
        BlockWalker.silent.contains(node.name) ? .element(node.name) : nil
      }
    let container: Int
    let densest: Int
    switch scope {
    case .page:
      let found = ArticleContainer(in: tree, furniture: furniture)
      (container, densest) = (found.index, found.densest)
    case .document:
      (container, densest) = (body, body)
    }
    let headline = tree.subtree(container).first {
      tree.nodes[$0].name == "h1" && !PageFurniture.isHidden(tree.nodes[$0])
        && !tree.nodes[$0].element.text.isEmpty
    }
    var protected = Set(tree.ancestors(of: densest))
    protected.insert(densest)
    var walker = BlockWalker(
      tree: tree, furniture: furniture, protected: protected, headline: headline,
      imageCaptions: scope == .document, lineAttribute: lineAttribute)
    walker.walk(container)
    walker.flush()
    if scope == .page { walker.dropOutside(container) }
    var paragraphs = walker.paragraphs
    if headline == nil, scope == .page, let title = metadataTitle(of: document, tree: tree),
      paragraphs.first?.text != title.text
    {
      paragraphs.insert(title, at: 0)
    }
    return ExtractedArticle(
      paragraphs: paragraphs,
      dropped: walker.dropped.sorted { $0.index < $1.index }.map(\.block),
      declaredLanguage: document.declaredLanguage,
      container: describe(container, in: tree))
  }

  /// The headline a page without an `<h1>` gives in its head: `og:title`, else `<title>`.
  private func metadataTitle(of document: HTMLDocument, tree: HTMLTree) -> ArticleParagraph? {
    for (index, node) in tree.nodes.enumerated() where node.name == "meta" {
      guard node[attribute: "property"] == "og:title" || node[attribute: "name"] == "og:title",
        let content = node[attribute: "content"]
      else { continue }
      var text = InlineText()
      text.append(content)
      if !text.isEmpty {
        return ArticleParagraph(text: text.text, kind: .title, position: tree.position(index))
      }
    }
    if let index = tree.nodes.firstIndex(where: { $0.name == "title" }) {
      let text = tree.nodes[index].element.text
      if !text.isEmpty {
        return ArticleParagraph(text: text, kind: .title, position: tree.position(index))
      }
    }
    return nil
  }

  private func describe(_ index: Int, in tree: HTMLTree) -> String {
    let node = tree.nodes[index]
    var tag = "<" + node.name
    for attribute in ["id", "class", "itemprop"] {
      if let value = node[attribute: attribute] { tag += " \(attribute)=\"\(value)\"" }
    }
    tag += ">"
    return node.line.map { "\(tag) at line \($0)" } ?? tag
  }
}
