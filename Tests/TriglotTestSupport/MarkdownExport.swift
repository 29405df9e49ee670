/// Writes an edition as a CMS's Markdown export does, for tests of the Markdown reader: the
/// headline as a `#` heading, a picture with its caption in italics under it, the paragraphs,
/// and a promo as a `>` quotation. Characters Markdown would read as markup are escaped.
public enum MarkdownExport {
  /// The Markdown of an edition.
  public static func render(title: String, body: [String], caption: String, promo: String)
    -> String
  {
    var blocks = [
      "# " + escaped(title), "![\(escaped(caption))](photo.jpg)", "*\(escaped(caption))*",
    ]
    blocks += body.map(escaped)
    blocks.append("> " + escaped(promo))
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// `text` with Markdown's markup characters escaped by a backslash.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]#<>".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
