/// Where a paragraph of an HTML or Markdown edition sits in its file, so that reports can point
/// to it: the line the element starts on and, for HTML, the element's XPath
/// (`/html/body/main/article/div[2]/p[3]`, which browsers' developer tools find with `$x(…)`).
public struct SourcePosition: Sendable, Hashable, Codable {
  /// The line (1-based), or nil when unknown.
  public var line: Int?
  /// The element's XPath in the page (HTML only).
  public var path: String?

  /// Creates a position.
  public init(line: Int?, path: String? = nil) {
    self.line = line
    self.path = path
  }
}
