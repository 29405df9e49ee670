/// An emoji or an emoticon: chat and social text keeps them through translation (`Спробую все
/// пояснити їй)` / `I'll try to explain everything to her)`, `:))`, `👍`), so they tell the
/// turns of a conversation apart where there is no name or number.
///
/// Emoticons are keyed by what they show, not by how many brackets they have: `:)`, `:-)`,
/// `:))` and a closing bracket that closes nothing (`їй)`, `)))`) are all a smile; `:(` and `((`
/// a frown; `;)` a wink; `:D` a laugh. An emoji is keyed by its code point, without skin-tone
/// modifiers or variation selectors.
public struct EmoticonAnchor: Sendable, Hashable {
  /// What the emoticon shows, or the emoji's code point in hexadecimal (`1F44D`).
  public var key: String
  /// Where it sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>

  /// Creates an emoticon anchor.
  public init(key: String, range: Range<Int>) {
    self.key = key
    self.range = range
  }

  /// Returns the emoji and emoticons of `text` in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String) -> [EmoticonAnchor] {
    extract(scalars: Array(text.unicodeScalars))
  }

  static func extract(scalars: [Unicode.Scalar]) -> [EmoticonAnchor] {
    var anchors: [EmoticonAnchor] = []
    var openBrackets = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == ":" || scalar == ";" || scalar == "=" {
        var end = index + 1
        if end < scalars.count, scalars[end] == "-" { end += 1 }
        if end < scalars.count, let key = faces[scalars[end]],
          end + 1 >= scalars.count || !isWordScalar(scalars[end + 1]) || scalars[end] == ")"
            || scalars[end] == "("
        {
          let mark = scalars[end]
          while end < scalars.count, scalars[end] == mark { end += 1 }
          anchors.append(
            EmoticonAnchor(key: scalar == ";" && key == "smile" ? "wink" : key, range: index..<end))
          index = end
          continue
        }
      }
      if scalar == "(" {
        var end = index
        while end < scalars.count, scalars[end] == "(" { end += 1 }
        if end - index >= 2 {
          // "((": a frown, not an opening.
          anchors.append(EmoticonAnchor(key: "frown", range: index..<end))
        } else {
          openBrackets += 1
        }
        index = end
        continue
      }
      if scalar == ")" {
        if openBrackets > 0 {
          openBrackets -= 1
          index += 1
          continue
        }
        // A closing bracket that closes nothing is a smile (їй), ))).
        var end = index
        while end < scalars.count, scalars[end] == ")" { end += 1 }
        anchors.append(EmoticonAnchor(key: "smile", range: index..<end))
        index = end
        continue
      }
      if isEmoji(scalar) {
        anchors.append(
          EmoticonAnchor(
            key: String(scalar.value, radix: 16, uppercase: true), range: index..<index + 1))
      }
      index += 1
    }
    return anchors
  }

  /// The faces after `:` or `;` and what they show.
  private static let faces: [Unicode.Scalar: String] = [
    ")": "smile", "(": "frown", "D": "laugh", "P": "tongue", "p": "tongue",
  ]

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    AnchorTokenizer.isLetter(scalar) || AnchorTokenizer.isDigit(scalar)
  }

  /// Whether `scalar` is an emoji shown as a picture by default (not a digit, `#` or `©`,
  /// which are emoji only with a variation selector), skin-tone modifiers left out.
  private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x2300, !(0x1F3FB...0x1F3FF).contains(scalar.value) else {
      return false
    }
    return scalar.properties.isEmojiPresentation
  }
}
