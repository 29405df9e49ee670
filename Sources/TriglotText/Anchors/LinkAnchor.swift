/// A URL, a hashtag or an @handle: written the same way in every edition.
public struct LinkAnchor: Sendable, Hashable {
  /// What kind of link it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A web address (`https://…`, `www.…`).
    case url
    /// A hashtag (`#StandWithUkraine`).
    case hashtag
    /// A social-media handle (`@rbc_ukraine`).
    case handle
  }

  /// What kind of link it is.
  public var kind: Kind
  /// The link as written, without trailing punctuation.
  public var text: String
  /// Where the link sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>

  /// Creates a link anchor.
  public init(kind: Kind, text: String, range: Range<Int>) {
    self.kind = kind
    self.text = text
    self.range = range
  }

  /// The key links match on: the text lower-cased, a URL without its scheme and `www.`.
  public var key: String {
    var lower = text.lowercased()
    for prefix in ["https://", "http://", "www."] where lower.hasPrefix(prefix) {
      lower.removeFirst(prefix.count)
    }
    return lower
  }

  /// Returns the links of `text` in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String) -> [LinkAnchor] {
    extract(scalars: Array(text.unicodeScalars))
  }

  static func extract(scalars: [Unicode.Scalar]) -> [LinkAnchor] {
    var anchors: [LinkAnchor] = []
    var index = 0
    while index < scalars.count {
      guard
        scalars[index] == "#" || scalars[index] == "@" || scalars[index] == "h"
          || scalars[index] == "w"
      else {
        index += 1
        continue
      }
      let atWordStart =
        index == 0 || AnchorTokenizer.isSpace(scalars[index - 1])
        || "(«“\"".unicodeScalars.contains(scalars[index - 1])
      guard atWordStart, let kind = kind(at: index, in: scalars) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count, !scalars[end].properties.isWhitespace,
        kind == .url || isHandleCharacter(scalars[end])
      {
        end += 1
      }
      while end > index + 1, ".,;:!?)»”\"'".unicodeScalars.contains(scalars[end - 1]) {
        end -= 1
      }
      if end > index + 1 {
        anchors.append(
          LinkAnchor(
            kind: kind, text: String(String.UnicodeScalarView(scalars[index..<end])),
            range: index..<end))
      }
      index = end
    }
    return anchors
  }

  private static func kind(at index: Int, in scalars: [Unicode.Scalar]) -> Kind? {
    func starts(with prefix: String) -> Bool {
      let prefixScalars = Array(prefix.unicodeScalars)
      guard index + prefixScalars.count <= scalars.count else { return false }
      return Array(scalars[index..<(index + prefixScalars.count)]) == prefixScalars
    }
    if starts(with: "https://") || starts(with: "http://") || starts(with: "www.") { return .url }
    guard index + 1 < scalars.count, isHandleCharacter(scalars[index + 1]) else { return nil }
    if scalars[index] == "#", !AnchorTokenizer.isDigit(scalars[index + 1]) { return .hashtag }
    if scalars[index] == "@" { return .handle }
    return nil
  }

  private static func isHandleCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || AnchorTokenizer.isDigit(scalar) || scalar == "_"
  }
}
