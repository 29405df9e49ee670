/// Finds the element that holds a page's article, the way readability-style extractors do.
///
/// 1. Every paragraph-like element (`p`, `pre`, or a block with text of its own) outside
///    furniture scores its text length times the share of that text not in links; the score
///    goes to its parent in full and to its grandparent in half. The best-scoring element is the
///    densest block of text. When the page has a `<main>` with text, only it is searched.
/// 2. The article is the nearest `<article>` (or `itemprop="articleBody"` element) around that
///    block; without one, the block itself, widened to the nearest ancestor that also holds a
///    preceding `<h1>` when that adds little text besides (an older CMS puts the headline one
///    `div` up).
struct ArticleContainer {
  /// The container's element index.
  var index: Int
  /// The densest block's index (inside the container).
  var densest: Int

  /// Text shorter than this is not scored (a date, a label).
  static let minimumScoredLength = 25

  init(in tree: HTMLTree, furniture: [DroppedBlock.Reason?]) {
    let body = tree.nodes.firstIndex { $0.name == "body" } ?? 0
    var scope = body
    let scores = Self.scores(in: tree, furniture: furniture, scope: body)
    if let main = tree.subtree(body).first(where: { tree.nodes[$0].name == "main" }),
      tree.subtree(main).contains(where: { (scores[$0] ?? 0) > 0 })
    {
      scope = main
    }
    var densest = scope
    var best = 0.0
    for index in tree.subtree(scope) where (scores[index] ?? 0) > best {
      best = scores[index]!
      densest = index
    }
    self.densest = densest
    let semantic = ([densest] + tree.ancestors(of: densest))
      .prefix { tree.contains(scope, $0) }
    if let article = semantic.first(where: { tree.nodes[$0].name == "article" })
      ?? semantic.first(where: { Self.isArticleBody(tree.nodes[$0]) })
    {
      index = article
    } else {
      index = Self.widenedToHeadline(densest, in: tree, furniture: furniture, scope: scope)
    }
  }

  static func isArticleBody(_ node: HTMLTree.Node) -> Bool {
    node[attribute: "itemprop"]?.split(separator: " ").contains("articleBody") == true
  }

  /// The score of every element that received one.
  private static func scores(
    in tree: HTMLTree, furniture: [DroppedBlock.Reason?], scope: Int
  ) -> [Int: Double] {
    var scores: [Int: Double] = [:]
    var skipUntil = -1
    for index in tree.subtree(scope) {
      if index <= skipUntil { continue }
      if furniture[index] != nil {
        skipUntil = tree.nodes[index].end
        continue
      }
      let node = tree.nodes[index]
      let isParagraph = node.name == "p" || node.name == "pre"
      let ownText =
        isParagraph ? textAndLinks(of: index, in: tree) : directTextAndLinks(of: index, in: tree)
      guard ownText.length >= minimumScoredLength else { continue }
      guard isParagraph || !node.element.isInline else { continue }
      let score = Double(ownText.length - ownText.linked)
      guard score > 0, let parent = node.parent else { continue }
      scores[parent, default: 0] += score
      if let grandparent = tree.nodes[parent].parent {
        scores[grandparent, default: 0] += score / 2
      }
    }
    return scores
  }

  /// The length of the text under `index` and how much of it is inside links.
  static func textAndLinks(of index: Int, in tree: HTMLTree) -> (length: Int, linked: Int) {
    var length = 0
    var linked = 0
    var links: [ClosedRange<Int>] = []
    for element in tree.subtree(index) {
      if tree.nodes[element].name == "a" { links.append(tree.subtree(element)) }
      for case .text(let text) in tree.nodes[element].children {
        let count = text.unicodeScalars.count { !$0.properties.isWhitespace }
        length += count
        if links.contains(where: { $0.contains(element) }) { linked += count }
      }
    }
    return (length, linked)
  }

  /// The text directly in `index` and in its inline children (a `div` written as a paragraph).
  private static func directTextAndLinks(of index: Int, in tree: HTMLTree) -> (
    length: Int, linked: Int
  ) {
    var length = 0
    var linked = 0
    for child in tree.nodes[index].children {
      switch child {
      case .text(let text):
        length += text.unicodeScalars.count { !$0.properties.isWhitespace }
      case .element(let element) where tree.nodes[element].element.isInline:
        let inner = textAndLinks(of: element, in: tree)
        length += inner.length
        linked += tree.nodes[element].name == "a" ? inner.length : inner.linked
      case .element:
        break
      }
    }
    return (length, linked)
  }

  /// `block`, or the nearest ancestor (below `scope`'s parent, at most three levels up) that
  /// holds an `<h1>` before `block` while its text outside `block` and outside furniture is at
  /// most half of `block`'s.
  private static func widenedToHeadline(
    _ block: Int, in tree: HTMLTree, furniture: [DroppedBlock.Reason?], scope: Int
  ) -> Int {
    let own = visibleTextLength(of: block, in: tree, furniture: furniture, excluding: nil)
    for ancestor in tree.ancestors(of: block).prefix(3) where tree.contains(scope, ancestor) {
      guard ancestor != scope || scope != 0 else { break }
      let headline = tree.subtree(ancestor).first {
        tree.nodes[$0].name == "h1" && $0 < block && !tree.contains($0, block)
      }
      guard headline != nil else { continue }
      let extra = visibleTextLength(of: ancestor, in: tree, furniture: furniture, excluding: block)
      return extra * 2 <= own ? ancestor : block
    }
    return block
  }

  /// The length of the text under `index` outside furniture and outside `excluded`'s subtree.
  private static func visibleTextLength(
    of index: Int, in tree: HTMLTree, furniture: [DroppedBlock.Reason?], excluding excluded: Int?
  ) -> Int {
    var length = 0
    var skipUntil = -1
    for element in tree.subtree(index) {
      if element <= skipUntil { continue }
      if furniture[element] != nil || element == excluded {
        skipUntil = tree.nodes[element].end
        continue
      }
      for case .text(let text) in tree.nodes[element].children {
        length += text.unicodeScalars.count { !$0.properties.isWhitespace }
      }
    }
    return length
  }
}
