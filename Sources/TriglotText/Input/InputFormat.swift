/// The formats an edition file can be in.
public enum InputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Plain text: paragraphs separated by blank lines, or one per line.
  case text
  /// A web page, saved from a browser or exported from a CMS.
  case html
  /// Markdown.
  case markdown

  /// The format a file name's extension names (`.txt`, `.text`; `.html`, `.htm`, `.xhtml`;
  /// `.md`, `.markdown`), or nil for any other extension.
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "text": self = .text
    case "html", "htm", "xhtml": self = .html
    case "md", "markdown": self = .markdown
    default: return nil
    }
  }

  /// The file name extensions of each format, the usual one first.
  public var pathExtensions: [String] {
    switch self {
    case .text: ["txt", "text"]
    case .html: ["html", "htm", "xhtml"]
    case .markdown: ["md", "markdown"]
    }
  }

  public var description: String {
    switch self {
    case .text: "text"
    case .html: "HTML"
    case .markdown: "Markdown"
    }
  }

  /// Whether `text` starts like an HTML document, by the signatures browsers use to sniff HTML
  /// served without a type (WHATWG MIME Sniffing, "identifying a resource with an unknown MIME
  /// type"): after white space, `<!DOCTYPE HTML`, `<html`, `<head`, `<body`, `<p`, `<div` … in
  /// any case, followed by a space or `>`; or `<!--`.
  ///
  /// - Complexity: O(1): it reads the first few hundred characters at most.
  public static func looksLikeHTML(_ text: String) -> Bool {
    let start = text.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    let head = String(String.UnicodeScalarView(start.prefix(32))).lowercased()
    if head.hasPrefix("<!--") { return true }
    for signature in htmlSignatures where head.hasPrefix(signature) {
      guard let next = head.dropFirst(signature.count).first else { return false }
      if next == " " || next == ">" || next == "\t" || next == "\n" || next == "\r" { return true }
    }
    return false
  }

  /// WHATWG's HTML signatures, lower case, without the closing byte.
  static let htmlSignatures = [
    "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table",
    "<a", "<style", "<title", "<b", "<body", "<br", "<p",
  ]
}
