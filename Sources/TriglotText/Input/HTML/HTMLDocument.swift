import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser (through the `CLibXML2` shim) and copied into
/// values: the root element and the page's language and charset declarations.
///
/// The parser never touches the network and loads no DTD or external entity; it recovers from
/// broken markup as browsers do. The input is bounded in size and depth (``Limits``) so that a
/// hostile or mistaken input fails with a message instead of exhausting memory or the stack.
public struct HTMLDocument: Sendable, Hashable {
  /// How much HTML the reader takes.
  public struct Limits: Sendable, Hashable {
    /// The most bytes of HTML read (a saved article page is well under 5 MB).
    public var maxBytes: Int
    /// The deepest nesting of elements followed (real pages stay under 60). libxml2 itself stops
    /// at 256 and drops what lies deeper, so a page that reaches this limit fails rather than
    /// losing text silently.
    public var maxDepth: Int

    /// Creates limits.
    public init(maxBytes: Int = 32 << 20, maxDepth: Int = 250) {
      self.maxBytes = maxBytes
      self.maxDepth = maxDepth
    }
  }

  /// The `<html>` element.
  public var root: HTMLElement

  /// Parses `html` read from `source` (a path or "-"). Element lines count from the start of
  /// `html`; from line 65,535 on they are unknown (0), as libxml2 counts them in 16 bits.
  ///
  /// - Throws: ``TriglotTextError/inputTooLarge(source:format:byteCount:limit:)``,
  ///   ``TriglotTextError/nestingTooDeep(source:line:limit:)``, or
  ///   ``TriglotTextError/noArticleText(source:format:)`` when libxml2 finds no document.
  /// - Complexity: O(*n*) in the size of the page.
  public init(parsing html: String, source: String, limits: Limits = Limits())
    throws(TriglotTextError)
  {
    let count = html.utf8.count
    guard count <= limits.maxBytes, count < Int32.max else {
      throw .inputTooLarge(
        source: source, format: "HTML", byteCount: count, limit: limits.maxBytes)
    }
    var status: Int32 = 0
    let parsed = html.withCString { clibxml2_parse_html($0, Int32(count), &status) }
    guard let document = parsed, status == 0, let top = clibxml2_document_root(document) else {
      clibxml2_document_free(parsed)
      throw .noArticleText(source: source, format: "HTML")
    }
    defer { clibxml2_document_free(document) }
    root = try Self.copy(top, source: source, maxDepth: limits.maxDepth)
  }

  /// Creates a document from an element tree built by hand.
  public init(root: HTMLElement) {
    self.root = root
  }

  /// The page's language from `<html lang>` (or `xml:lang`), lower case, region dropped
  /// ("uk-UA" → "uk"); nil when the page does not say.
  public var declaredLanguage: String? {
    let value = (root[attribute: "lang"] ?? root[attribute: "xml:lang"])?
      .trimmingCharacters(in: .whitespaces)
    guard let code = value?.split(whereSeparator: { $0 == "-" || $0 == "_" }).first else {
      return nil
    }
    return code.lowercased()
  }

  /// The `<head>` element, or nil.
  public var head: HTMLElement? { root.childElements.first { $0.name == "head" } }

  /// The `<body>` element, or the root when the page has none.
  public var body: HTMLElement { root.childElements.first { $0.name == "body" } ?? root }

  /// The content of `<meta property=…>` or `<meta name=…>` called `name` ("og:title").
  public func meta(_ name: String) -> String? {
    head?.descendants.first {
      $0.name == "meta" && ($0[attribute: "property"] == name || $0[attribute: "name"] == name)
    }?[attribute: "content"]
  }

  /// Copies the libxml2 tree under `top` into values, without recursion (a page nested
  /// thousands deep must not exhaust the stack).
  private static func copy(_ top: OpaquePointer, source: String, maxDepth: Int)
    throws(TriglotTextError) -> HTMLElement
  {
    struct Frame {
      var element: HTMLElement
      var next: OpaquePointer?
    }
    var stack = [Frame(element: element(top), next: clibxml2_node_first_child(top))]
    while true {
      guard let node = stack[stack.count - 1].next else {
        let done = stack.removeLast().element
        if stack.isEmpty { return done }
        stack[stack.count - 1].element.children.append(.element(done))
        continue
      }
      stack[stack.count - 1].next = clibxml2_node_next_sibling(node)
      switch clibxml2_node_kind_of(node) {
      case CLIBXML2_ELEMENT:
        guard stack.count < maxDepth else {
          throw .nestingTooDeep(
            source: source, line: Int(clibxml2_node_line(node)), limit: maxDepth)
        }
        stack.append(Frame(element: element(node), next: clibxml2_node_first_child(node)))
      case CLIBXML2_TEXT, CLIBXML2_CDATA:
        stack[stack.count - 1].element.children.append(
          .text(String(cString: clibxml2_node_text(node))))
      case CLIBXML2_COMMENT:
        stack[stack.count - 1].element.children.append(
          .comment(String(cString: clibxml2_node_text(node))))
      default:
        break
      }
    }
  }

  private static func element(_ node: OpaquePointer) -> HTMLElement {
    var attributes: [String: String] = [:]
    var attribute = clibxml2_node_first_attribute(node)
    while let current = attribute {
      let name = String(cString: clibxml2_attribute_name(current)).lowercased()
      if attributes[name] == nil {
        attributes[name] = String(cString: clibxml2_attribute_value(current))
      }
      attribute = clibxml2_attribute_next(current)
    }
    return HTMLElement(
      name: String(cString: clibxml2_node_name(node)), attributes: attributes,
      line: Int(clibxml2_node_line(node)))
  }
}
