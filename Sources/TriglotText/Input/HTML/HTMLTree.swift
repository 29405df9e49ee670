/// A page's elements numbered in document order, with parents, XPaths and subtree extents, so
/// that the article finder can ask "does A contain B", "which comes first" and "what is the
/// text of this subtree" by index instead of walking the tree again.
struct HTMLTree {
  /// A child of an element: another element (by index) or text.
  enum Child {
    case element(Int)
    case text(String)
  }

  /// One element.
  struct Node {
    var element: HTMLElement
    var parent: Int?
    var children: [Child] = []
    /// The XPath (`/html/body/div[2]/p[3]`).
    var path: String
    /// The index of the last element in this one's subtree (itself when it has none).
    var end: Int = 0

    var name: String { element.name }
    var line: Int? { element.line > 0 ? element.line : nil }
    subscript(attribute name: String) -> String? { element[attribute: name] }
  }

  private enum Pending {
    case element(HTMLElement, parent: Int, path: String)
    case text(String, parent: Int)
  }

  private(set) var nodes: [Node] = []

  /// Numbers the elements under `root` (index 0) in document order.
  ///
  /// - Complexity: O(*n*) in the size of the page.
  init(_ root: HTMLElement) {
    nodes.append(Node(element: root, parent: nil, path: "/" + root.name))
    var stack = Self.pending(children: root.children, parent: 0, path: nodes[0].path)
    while let next = stack.popLast() {
      switch next {
      case .text(let text, let parent):
        nodes[parent].children.append(.text(text))
      case .element(let element, let parent, let path):
        let index = nodes.count
        nodes.append(Node(element: element, parent: parent, path: path))
        nodes[parent].children.append(.element(index))
        stack += Self.pending(children: element.children, parent: index, path: path)
      }
    }
    for index in nodes.indices.reversed() {
      var end = index
      for case .element(let child) in nodes[index].children { end = max(end, nodes[child].end) }
      nodes[index].end = end
    }
  }

  /// The children of an element to push on the stack, last first, each element with its XPath
  /// (`p[3]` when it has siblings of its name, `p` when it is the only one).
  private static func pending(children: [HTMLNode], parent: Int, path: String) -> [Pending] {
    var total: [String: Int] = [:]
    for case .element(let child) in children { total[child.name, default: 0] += 1 }
    var seen: [String: Int] = [:]
    var result: [Pending] = []
    for child in children {
      switch child {
      case .element(let element):
        seen[element.name, default: 0] += 1
        let step =
          total[element.name, default: 0] > 1
          ? "\(element.name)[\(seen[element.name]!)]" : element.name
        result.append(.element(element, parent: parent, path: path + "/" + step))
      case .text(let text):
        result.append(.text(text, parent: parent))
      case .comment:
        break
      }
    }
    return result.reversed()
  }

  /// Whether element `outer` contains element `inner` (or is it).
  func contains(_ outer: Int, _ inner: Int) -> Bool {
    outer <= inner && inner <= nodes[outer].end
  }

  /// The ancestors of `index`, nearest first (not `index` itself).
  func ancestors(of index: Int) -> [Int] {
    var result: [Int] = []
    var current = nodes[index].parent
    while let parent = current {
      result.append(parent)
      current = nodes[parent].parent
    }
    return result
  }

  /// The elements in `index`'s subtree (itself first), in document order.
  func subtree(_ index: Int) -> ClosedRange<Int> { index...nodes[index].end }

  /// The element, for people: `div.share-bar`, `nav#main-nav`, `p`.
  func label(_ index: Int) -> String {
    let node = nodes[index]
    if let id = node[attribute: "id"], !id.isEmpty { return "\(node.name)#\(id)" }
    if let first = node[attribute: "class"]?.split(separator: " ").first {
      return "\(node.name).\(first)"
    }
    return node.name
  }

  /// The position of element `index` in the page.
  func position(_ index: Int) -> SourcePosition {
    SourcePosition(line: nodes[index].line, path: nodes[index].path)
  }
}
