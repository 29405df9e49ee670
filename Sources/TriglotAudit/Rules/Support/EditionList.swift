import TriglotText

/// Wording helpers for finding messages.
enum EditionList {
  /// "Ukrainian", "Ukrainian and Russian", "Ukrainian, English and Russian".
  static func names(_ languages: [Language]) -> String {
    let names = languages.sorted().map(\.englishName)
    switch names.count {
    case 0: return "no edition"
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
  }

  /// "256", "256 and 37", "“Kyiv”"-style list of values for a message.
  static func values(_ values: [String]) -> String {
    switch values.count {
    case 0: return "nothing"
    case 1: return values[0]
    default: return values.dropLast().joined(separator: ", ") + " and " + values.last!
    }
  }

  /// The first words of `text`, at most `limit` characters, with an ellipsis when cut.
  static func excerpt(_ text: String, limit: Int = 60) -> String {
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard flat.count > limit else { return flat }
    var cut = String(flat.prefix(limit))
    if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
    return cut + "…"
  }
}
