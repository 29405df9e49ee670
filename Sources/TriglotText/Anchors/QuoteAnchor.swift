/// A quoted passage: text between «…», “…”, „…“ or straight double quotes.
///
/// Quotes are translated, so their words differ between editions; what carries over is that a
/// paragraph quotes someone, and roughly how much. Short quotes of one or two words are usually
/// names (the band «Сіверія») and are left to ``NameAnchor``.
public struct QuoteAnchor: Sendable, Hashable {
  /// The quoted text, without the quotation marks.
  public var text: String
  /// Where the quotation, marks included, sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>
  /// The number of words quoted.
  public var wordCount: Int

  /// Creates a quote anchor.
  public init(text: String, range: Range<Int>, wordCount: Int) {
    self.text = text
    self.range = range
    self.wordCount = wordCount
  }

  /// The opening marks and the closing mark each expects.
  static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
    "«": "»", "“": "”", "„": "“", "\"": "\"",
  ]

  /// Returns the quoted passages of `text` of at least `minimumWords` words, in order.
  /// Nested quotes stay inside the outer one.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String, minimumWords: Int = 3) -> [QuoteAnchor] {
    extract(scalars: Array(text.unicodeScalars), minimumWords: minimumWords)
  }

  static func extract(scalars: [Unicode.Scalar], minimumWords: Int = 3) -> [QuoteAnchor] {
    var anchors: [QuoteAnchor] = []
    var index = 0
    while index < scalars.count {
      guard let closing = pairs[scalars[index]] else {
        index += 1
        continue
      }
      var depth = 0
      var end = index + 1
      while end < scalars.count {
        if scalars[end] == closing, depth == 0 { break }
        if closing != scalars[index], scalars[end] == scalars[index] { depth += 1 }
        if scalars[end] == closing { depth -= 1 }
        end += 1
      }
      guard end < scalars.count else { break }
      let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
      let words = inner.split { !$0.isLetter && !$0.isNumber }.count
      if words >= minimumWords {
        anchors.append(QuoteAnchor(text: inner, range: index..<(end + 1), wordCount: words))
      }
      index = end + 1
    }
    return anchors
  }
}
