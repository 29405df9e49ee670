import TriglotAudit
/// Splits a paragraph into plain runs and runs to highlight, for the text and HTML reports.
enum HighlightedText {
  /// A run of a paragraph's text.
  struct Run: Equatable {
    /// The run's text.
    var text: String
    /// The highlight it carries, if any.
    var highlight: ValueHighlight?
  }

  /// The runs of `text` with every occurrence of each highlight's text marked; earlier and longer
  /// highlights win where two overlap. A highlight never starts or ends inside a word ("256" in
  /// "2560").
  ///
  /// The search runs on the UTF-8 bytes: a text's runs are asked for once per finding in the
  /// text report, and a paragraph of 2,000 names has hundreds of findings, so a search that
  /// made a `Character` array and compared arrays at every position took 20 s there.
  ///
  /// - Complexity: O(*n* · *h*) for a text of *n* bytes and *h* highlights, the comparisons
  ///   starting only where a highlight's first byte is.
  static func runs(of text: String, highlighting highlights: [ValueHighlight]) -> [Run] {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return [] }
    let ordered = highlights.filter { !$0.text.isEmpty }.sorted {
      ($0.severity, $0.text.count) > ($1.severity, $1.text.count)
    }
    // Per byte, the index in `ordered` of the highlight marking it, or -1.
    var marks = [Int](repeating: -1, count: bytes.count)
    for (number, highlight) in ordered.enumerated() {
      let needle = Array(highlight.text.utf8)
      guard needle.count <= bytes.count else { continue }
      let last = bytes.count - needle.count
      var start = 0
      while start <= last, let found = bytes[start...last].firstIndex(of: needle[0]) {
        let end = found + needle.count
        if bytes[found..<end].elementsEqual(needle),
          marks[found..<end].allSatisfy({ $0 < 0 }),
          !isWordCharacter(scalar(before: found, in: bytes)),
          !isWordCharacter(scalar(at: end, in: bytes))
        {
          for offset in found..<end { marks[offset] = number }
          start = end
        } else {
          start = found + 1
        }
      }
    }
    var runs: [Run] = []
    var runStart = 0
    for offset in 1...bytes.count where offset == bytes.count || marks[offset] != marks[runStart] {
      let highlight = marks[runStart] < 0 ? nil : ordered[marks[runStart]]
      let piece = String(decoding: bytes[runStart..<offset], as: UTF8.self)
      // Two highlights that are equal make one run, as two plain stretches would.
      if let previous = runs.last, previous.highlight == highlight {
        runs[runs.count - 1].text += piece
      } else {
        runs.append(Run(text: piece, highlight: highlight))
      }
      runStart = offset
    }
    return runs
  }

  /// The scalar that ends before byte `offset` of `bytes` (nil at the start).
  private static func scalar(before offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start < 0 ? nil : scalar(at: start, in: bytes)
  }

  /// The scalar that starts at byte `offset` of `bytes` (nil at the end).
  private static func scalar(at offset: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
    guard offset < bytes.count else { return nil }
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return scalar
  }

  /// Letters, digits and the marks that combine with them: a highlight never starts or ends
  /// inside a word, nor before an accent that belongs to its last letter.
  private static func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark:
      return true
    default:
      return scalar.properties.numericType != nil
    }
  }
}
