/// Walks the article container in document order and turns it into paragraphs: every block
/// element ends the paragraph before it, inline elements add to it, a lone `<br>` is a space and
/// two in a row end a paragraph. Furniture subtrees are left out and recorded; the headline is
/// kept even inside a furniture `<header>`.
struct BlockWalker {
  let tree: HTMLTree
  let furniture: [DroppedBlock.Reason?]
  /// Elements that are never left out as furniture: the densest block and its ancestors.
  let protected: Set<Int>
  /// The headline `<h1>`, if the container has one.
  let headline: Int?
  /// Markdown: an image alone in its paragraph is a caption (its alt text).
  let imageCaptions: Bool
  /// The attribute that carries each block's source line, when the HTML was made from another
  /// format.
  let lineAttribute: String?

  private(set) var paragraphs: [ArticleParagraph] = []
  /// Dropped blocks with their element index, for ordering.
  private(set) var dropped: [(index: Int, block: DroppedBlock)] = []

  private var inline = InlineText()
  private var blocks: [(index: Int, kind: ParagraphKind?)] = []
  private var afterBreak = false
  private var afterImageCaption = false

  /// Elements whose content is never text worth listing as dropped.
  static let silent: Set<String> = [
    "script", "style", "template", "noscript", "svg", "head", "meta", "link", "title", "canvas",
  ]

  init(
    tree: HTMLTree, furniture: [DroppedBlock.Reason?], protected: Set<Int>, headline: Int?,
    imageCaptions: Bool, lineAttribute: String? = nil
  ) {
    self.lineAttribute = lineAttribute
    self.tree = tree
    self.furniture = furniture
    self.protected = protected
    self.headline = headline
    self.imageCaptions = imageCaptions
  }

  /// Walks the subtree of `index`.
  mutating func walk(_ index: Int) {
    let node = tree.nodes[index]
    if !protected.contains(index), index != headline {
      if let reason = furniture[index] {
        flush()
        if let headline, tree.contains(index, headline) {
          walkTowardHeadline(index, reason: reason)
        } else {
          drop(index, reason)
        }
        return
      }
      if isLinkList(index) {
        flush()
        drop(index, .linkList)
        return
      }
    }
    switch node.name {
    case "br":
      if afterBreak { flush() } else { inline.append(" ") }
      afterBreak = true
      return
    case "img":
      return
    case "td", "th":
      inline.append(" ")
      walkChildren(index)
      inline.append(" ")
      return
    default:
      break
    }
    if node.element.isInline {
      walkChildren(index)
      return
    }
    flush()
    if imageCaptions, let caption = imageCaption(index) {
      paragraphs.append(
        ArticleParagraph(text: caption, kind: .caption, position: position(index)))
      afterImageCaption = true
      return
    }
    blocks.append((index, kind(of: index)))
    walkChildren(index)
    flush()
    blocks.removeLast()
  }

  private mutating func walkChildren(_ index: Int) {
    for child in tree.nodes[index].children {
      switch child {
      case .text(let text):
        inline.append(text)
        if text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
          afterBreak = false
        }
      case .element(let element):
        walk(element)
      }
    }
  }

  /// Inside a furniture element that holds the headline: keeps the headline and drops the rest,
  /// child by child.
  private mutating func walkTowardHeadline(_ index: Int, reason: DroppedBlock.Reason) {
    guard let headline else { return }
    for child in tree.nodes[index].children {
      guard case .element(let element) = child else { continue }
      if element == headline {
        walk(element)
      } else if tree.contains(element, headline) {
        walkTowardHeadline(element, reason: reason)
      } else {
        drop(element, furniture[element] ?? reason)
      }
    }
  }

  /// Ends the paragraph being gathered, if it has text.
  mutating func flush() {
    afterBreak = false
    guard !inline.isEmpty else { return }
    let text = inline.text
    inline.removeAll()
    let owner = blocks.last?.index ?? 0
    var kind = blocks.reversed().lazy.compactMap(\.kind).first ?? .body
    if afterImageCaption, kind == .body, isWhollyEmphasized(owner) { kind = .caption }
    afterImageCaption = false
    paragraphs.append(ArticleParagraph(text: text, kind: kind, position: position(owner)))
  }

  /// What a block makes of the paragraphs in it, or nil when it leaves that to its ancestors.
  private func kind(of index: Int) -> ParagraphKind? {
    let node = tree.nodes[index]
    switch node.name {
    case "h1": return index == headline ? .title : .heading
    case "h2", "h3", "h4", "h5", "h6": return .heading
    case "li", "dt", "dd": return .listItem
    case "blockquote": return .quote
    case "figcaption", "caption": return .caption
    case "tr": return .tableRow
    default: break
    }
    if PageFurniture.hasClassWord(node, in: PageFurniture.captionWords) { return .caption }
    if PageFurniture.hasClassWord(node, in: PageFurniture.leadWords) { return .lead }
    return nil
  }

  private mutating func drop(_ index: Int, _ reason: DroppedBlock.Reason) {
    if Self.silent.contains(tree.nodes[index].name) { return }
    let text = tree.nodes[index].element.text
    guard !text.isEmpty else { return }
    dropped.append(
      (
        index,
        DroppedBlock(
          text: text, reason: reason, position: position(index), element: tree.label(index))
      ))
  }

  /// Where element `index` sits: its line and XPath, or the source line its nearest block
  /// carries in ``lineAttribute``.
  private func position(_ index: Int) -> SourcePosition {
    guard let lineAttribute else { return tree.position(index) }
    for element in [index] + tree.ancestors(of: index) {
      if let line = tree.nodes[element][attribute: lineAttribute].flatMap(Int.init) {
        return SourcePosition(line: line)
      }
    }
    return SourcePosition(line: nil)
  }

  /// Records the parts of the page around `container` as dropped: every sibling subtree of
  /// the container and of its ancestors up to `<body>`.
  mutating func dropOutside(_ container: Int) {
    var current = container
    while let parent = tree.nodes[current].parent, tree.nodes[current].name != "body" {
      for case .element(let sibling) in tree.nodes[parent].children where sibling != current {
        drop(sibling, furniture[sibling] ?? .outsideArticle)
      }
      current = parent
    }
  }

  /// Whether the element is a list (or line) of links with little text of its own: at least
  /// three links (two in a list) holding 80% of its text.
  private func isLinkList(_ index: Int) -> Bool {
    let name = tree.nodes[index].name
    guard ["ul", "ol", "div", "p", "section", "span", "table"].contains(name) else { return false }
    let links = tree.subtree(index).count { tree.nodes[$0].name == "a" }
    guard links >= (name == "ul" || name == "ol" ? 2 : 3) else { return false }
    let (length, linked) = ArticleContainer.textAndLinks(of: index, in: tree)
    return length > 0 && linked * 5 >= length * 4
  }

  /// The alt text of the images of a block that holds nothing but images (Markdown's
  /// `![caption](photo.jpg)` on a line of its own).
  private func imageCaption(_ index: Int) -> String? {
    guard ["p", "div"].contains(tree.nodes[index].name) else { return nil }
    var alts: [String] = []
    for element in tree.subtree(index).dropFirst() {
      let node = tree.nodes[element]
      if node.name == "img" {
        if let alt = node[attribute: "alt"] ?? node[attribute: "title"] { alts.append(alt) }
      } else if !node.element.isInline {
        return nil
      }
    }
    for element in tree.subtree(index) {
      for case .text(let text) in tree.nodes[element].children
      where text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
        return nil
      }
    }
    var collector = InlineText()
    collector.append(alts.joined(separator: " "))
    return alts.isEmpty || collector.isEmpty ? nil : collector.text
  }

  /// Whether all of a block's text is inside `<em>` or `<i>` (Markdown's `*Photo: …*` under a
  /// picture).
  private func isWhollyEmphasized(_ index: Int) -> Bool {
    tree.nodes[index].children.allSatisfy { child in
      switch child {
      case .text(let text): !text.unicodeScalars.contains { !$0.properties.isWhitespace }
      case .element(let element): ["em", "i"].contains(tree.nodes[element].name)
      }
    }
  }
}
