import TriglotText

/// What a reader gets who opens a saved page in a browser, selects all and pastes it into a
/// text editor: every block of the page on a line of its own (menus, bylines, share buttons,
/// captions, related headlines, footer), a table row per line, the article text among them, no
/// blank lines. Scripts,
/// styles and hidden elements are not copied. For tests of page furniture in pasted text.
public enum PastedPage {
  /// The pasted text of `html`.
  public static func text(of html: String) throws -> String {
    let document = try HTMLDocument(parsing: html, source: "page.html")
    var lines: [String] = []
    var current = ""
    func endLine() {
      let line = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if !line.isEmpty { lines.append(line) }
      current = ""
    }
    func walk(_ element: HTMLElement) {
      let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "svg", "img", "input", "select",
      ]
      if skipped.contains(element.name) || element[attribute: "hidden"] != nil { return }
      if element[attribute: "style"]?.filter({ !$0.isWhitespace }).contains("display:none") == true
      {
        return
      }
      if element.name == "br" {
        endLine()
        return
      }
      // A browser copies a table row as one line, its cells separated by tabs.
      if element.name == "td" || element.name == "th" {
        current += "\t"
        for child in element.children {
          switch child {
          case .text(let text): current += text
          case .element(let child): walk(child)
          case .comment: break
          }
        }
        return
      }
      if !element.isInline { endLine() }
      for child in element.children {
        switch child {
        case .text(let text): current += text
        case .element(let child): walk(child)
        case .comment: break
        }
      }
      if !element.isInline { endLine() }
    }
    walk(document.body)
    endLine()
    return lines.joined(separator: "\n") + "\n"
  }
}
