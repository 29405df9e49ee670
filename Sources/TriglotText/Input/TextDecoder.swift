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
      guard let (length, second) = UTF8Lead.shape(of: bytes[index]) else {
        offsets.append(index)
        index += 1
        continue
      }
      var valid = index + length <= bytes.count
      var consumed = 1
      if valid {
        for position in 1..<length {
          let byte = bytes[index + position]
          let allowed: ClosedRange<UInt8> = position == 1 ? second : 0x80...0xBF
          if !allowed.contains(byte) {
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
