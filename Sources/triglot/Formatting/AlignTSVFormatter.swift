import TriglotAlign

/// Renders an alignment as tab-separated values: a header row of languages, then one row per
/// group with each language's paragraphs joined by " ¶ " (tabs, newlines and backslashes
/// escaped as \t, \n and \\, other controls as \u{…}). At sentence level, one row per
/// sentence group of the article groups, each language's sentences joined by a space
/// (boilerplate has no sentences).
enum AlignTSVFormatter {
  static func render(_ alignment: Alignment) -> String {
    let editions = alignment.editions
    var lines = [editions.map(\.language.rawValue).joined(separator: "\t")]
    for group in alignment.groups {
      let cells = editions.map { edition in
        group[edition.language].map { escape(edition.paragraphs[$0].text) }.joined(separator: " ¶ ")
      }
      lines.append(cells.joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func render(_ alignment: Alignment, sentences: SentenceAlignment) -> String {
    let languages = alignment.editions.map(\.language)
    var lines = [languages.map(\.rawValue).joined(separator: "\t")]
    for group in sentences.allGroups {
      lines.append(
        languages.map { escape(sentences.text(of: group[$0], in: $0)) }.joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n", "\r\n": result += "\\n"
      case "\r": result += "\\r"
      // Any other control (U+2028, VT, FF, a bidi override) would split a row in some
      // readers or reorder the cells on screen.
      case _ where character.unicodeScalars.contains(where: VisibleControls.needsEscape):
        result += VisibleControls.escaped(String(character))
      default: result.append(character)
      }
    }
    return result
  }
}
