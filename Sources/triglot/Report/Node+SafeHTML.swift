import Plot

extension Node {
  /// An attribute carrying text from the input (a path, an article's name), escaped.
  ///
  /// Plot writes attribute values as they are, so a value holding `"` would end the attribute
  /// and let the rest of the value add attributes of its own (`x" onerror="…`); every value that
  /// is not a constant of ours goes through here.
  static func escapedAttribute(named name: String, value: String) -> Node {
    .attribute(named: name, value: HTMLEscaping.attribute(value))
  }
}

extension Node {
  /// Text shown exactly as it is. Plot escapes `<` and `>` but keeps what looks like a
  /// character reference (`&amp;`, `&#8238;`) as markup, so an article saying "&amp;" showed
  /// "&", and one saying "&#8238;" put a real right-to-left override into the page; every `&`
  /// is written `&amp;` first, which Plot then keeps.
  static func verbatim(_ text: String) -> Node {
    .text(text.replacingOccurrences(of: "&", with: "&amp;"))
  }
}

extension Node where Context == HTML.HeadContext {
  /// The page's `<title>`, its text escaped. Plot's own `.title(_:)` also writes the text into
  /// `og:title` and `twitter:title` meta tags without escaping it, so a file name could add an
  /// element to the page; a report for people to open needs neither tag.
  static func pageTitle(_ text: String) -> Node {
    .element(named: "title", nodes: [.verbatim(text)])
  }
}

/// Escaping for text placed in HTML.
enum HTMLEscaping {
  /// `value` safe inside a double- or single-quoted attribute: `&`, `<`, `>`, `"` and `'` as
  /// character references.
  static func attribute(_ value: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(value.utf8.count)
    for character in value.unicodeScalars {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(character)
      }
    }
    return escaped
  }
}
