/// Word-wraps terminal text to a width, counting what a terminal shows (characters) and never
/// the ANSI colour codes a word may be printed with.
struct TextWrapper {
  /// A word as shown (`plain`, what is counted) and as printed (`printed`, perhaps coloured).
  struct Word {
    var plain: String
    var printed: String

    /// A word printed as shown.
    init(_ plain: String) {
      self.plain = plain
      printed = plain
    }

    /// A word printed with styles its plain text lacks.
    init(plain: String, printed: String) {
      self.plain = plain
      self.printed = printed
    }
  }

  /// The width lines are wrapped to; at least 20, so that a narrow terminal still gets words
  /// rather than single letters.
  var width: Int

  init(width: Int) { self.width = max(20, width) }

  /// The words of plain `text`, split at spaces.
  static func words(_ text: String) -> [Word] {
    text.split(separator: " ", omittingEmptySubsequences: true).map { Word(String($0)) }
  }

  /// `words` as lines of at most ``width`` characters: the first starts with `lead` (the
  /// words follow it after a space), the others with `indent` spaces. A word longer than a
  /// line is cut into pieces that fit, so no line is ever wider than ``width``.
  func lines(_ words: [Word], lead: Word? = nil, indent: Int) -> [String] {
    let indent = min(indent, width / 2)
    let margin = String(repeating: " ", count: indent)
    var lines: [String] = []
    var printed = lead?.printed ?? ""
    var count = lead?.plain.count ?? 0
    // Whether the current line holds nothing yet but its margin.
    var empty = lead == nil
    for word in words.flatMap({ pieces(of: $0, indent: indent) }) {
      if !empty, count + 1 + word.plain.count > width {
        lines.append(printed)
        printed = margin
        count = indent
        empty = true
      }
      if !empty {
        printed += " "
        count += 1
      }
      printed += word.printed
      count += word.plain.count
      empty = false
    }
    lines.append(printed)
    return lines
  }

  /// `word` cut into pieces of at most a line's room after `indent` (plain words only; a
  /// styled word is short and kept whole).
  private func pieces(of word: Word, indent: Int) -> [Word] {
    let room = width - indent
    guard word.plain.count > room, word.plain == word.printed else { return [word] }
    var pieces: [Word] = []
    var rest = Substring(word.plain)
    while !rest.isEmpty {
      pieces.append(Word(String(rest.prefix(room))))
      rest = rest.dropFirst(room)
    }
    return pieces
  }
}
