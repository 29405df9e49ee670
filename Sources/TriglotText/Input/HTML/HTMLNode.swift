/// A node of a parsed HTML page: an element, a run of text, or a comment. Values, copied out of
/// libxml2 at once, so that the readers that walk a page are pure functions.
public enum HTMLNode: Sendable, Hashable {
  /// An element with its attributes and children.
  case element(HTMLElement)
  /// Text, entities decoded.
  case text(String)
  /// A comment (`<!-- … -->`), never part of the article.
  case comment(String)
}

/// An element of a parsed HTML page.
public struct HTMLElement: Sendable, Hashable {
  /// The element's name, lower case ("p", "article").
  public var name: String
  /// The attributes by lower-case name, values entities decoded ("" for `hidden`).
  public var attributes: [String: String]
  /// The children in document order.
  public var children: [HTMLNode]
  /// The line of the page the element starts on (1-based; 0 when unknown).
  public var line: Int

  /// Creates an element.
  public init(
    name: String, attributes: [String: String] = [:], children: [HTMLNode] = [], line: Int = 0
  ) {
    self.name = name
    self.attributes = attributes
    self.children = children
    self.line = line
  }

  /// The value of attribute `name`, or nil.
  public subscript(attribute name: String) -> String? { attributes[name] }

  /// The child elements, in document order.
  public var childElements: [HTMLElement] {
    children.compactMap {
      if case .element(let element) = $0 { element } else { nil }
    }
  }

  /// Every element below this one, depth first in document order (not this one).
  ///
  /// - Complexity: O(*n*) in the size of the subtree.
  public var descendants: [HTMLElement] {
    var result: [HTMLElement] = []
    var stack = Array(childElements.reversed())
    while let element = stack.popLast() {
      result.append(element)
      stack.append(contentsOf: element.childElements.reversed())
    }
    return result
  }

  /// Whether the element is laid out inside a line of text (`a`, `b`, `span` …) rather than as
  /// a block of its own.
  public var isInline: Bool { Self.inlineNames.contains(name) }

  /// The phrasing elements of HTML that do not break a line of text.
  static let inlineNames: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
    "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr", "nobr",
  ]

  /// The element's text: every text node below it, in order, with runs of white space
  /// (no-break spaces too) collapsed to one space and the ends trimmed; a `<br>` or the edge of
  /// a block element is a space too.
  ///
  /// - Complexity: O(*n*) in the size of the subtree.
  public var text: String {
    var collector = InlineText()
    var stack: [HTMLNode] = children.reversed()
    while let node = stack.popLast() {
      switch node {
      case .text(let text):
        collector.append(text)
      case .element(let element):
        if !element.isInline { collector.append(" ") }
        stack.append(.text(element.isInline ? "" : " "))
        stack.append(contentsOf: element.children.reversed())
      case .comment:
        break
      }
    }
    return collector.text
  }
}
