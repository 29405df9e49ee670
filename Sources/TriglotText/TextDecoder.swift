/// Turns the bytes of an input file into text, with errors a user can act on.
public enum TextDecoder {
  /// The decoded text and what had to be repaired.
  public struct Result: Sendable, Equatable {
    /// The text, without a leading byte-order mark.
    public var text: String
    /// Byte offsets of invalid UTF-8 sequences replaced by U+FFFD (only in lossy mode).
    public var replacedOffsets: [Int]
  }

  /// Decodes UTF-8 `bytes` read from `source` (a path, or "-" for standard input).
  ///
  /// - Parameters:
  ///   - lossy: replace invalid sequences with U+FFFD instead of failing.
  /// - Throws: ``TriglotTextError/emptyInput(source:)`` for an empty or blank input,
  ///   ``TriglotTextError/binaryInput(source:byteOffset:)`` for a NUL byte,
  ///   ``TriglotTextError/invalidUTF8(source:byteOffset:)`` for bad UTF-8 when not lossy.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func decode(_ bytes: [UInt8], source: String, lossy: Bool = false)
    throws(TriglotTextError) -> Result
  {
    if let nul = bytes.firstIndex(of: 0) {
      throw .binaryInput(source: source, byteOffset: nul)
    }
    let invalid = invalidSequenceOffsets(in: bytes)
    if let first = invalid.first, !lossy {
      throw .invalidUTF8(source: source, byteOffset: first)
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    if text.allSatisfy(\.isWhitespace) { throw .emptyInput(source: source) }
    return Result(text: text, replacedOffsets: invalid)
  }

  /// Byte offsets where an ill-formed UTF-8 sequence starts (RFC 3629: no overlong forms, no
  /// surrogates, nothing above U+10FFFF).
  static func invalidSequenceOffsets(in bytes: [UInt8]) -> [Int] {
    var offsets: [Int] = []
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upper = 0x9F
      case 0xF0: length = 4; lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upper = 0x8F
      default: length = 0
      }
      if length == 0 {
        offsets.append(index)
        index += 1
        continue
      }
      var valid = index + length <= bytes.count
      var consumed = 1
      if valid {
        for position in 1..<length {
          let byte = bytes[index + position]
          let (low, high) = position == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
          if byte < low || byte > high {
            valid = false
            break
          }
          consumed += 1
        }
      }
      if !valid {
        offsets.append(index)
        index += max(1, consumed)
      } else {
        index += length
      }
    }
    return offsets
  }
}
