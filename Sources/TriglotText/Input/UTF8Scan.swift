/// One pass over bytes read as UTF-8: where the ill-formed sequences start and how many
/// well-formed multi-byte sequences there are, which together tell a UTF-8 file with a few bad
/// bytes from a file in a legacy 8-bit charset.
struct UTF8Scan {
  /// Byte offsets where an ill-formed UTF-8 sequence starts (RFC 3629: no overlong forms, no
  /// surrogates, nothing above U+10FFFF).
  var invalidOffsets: [Int] = []
  /// The number of well-formed sequences of two to four bytes.
  var multiByteCount = 0

  /// Scans `bytes`.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  init(_ bytes: [UInt8]) {
    var index = 0
    while index < bytes.count {
      guard let (length, second) = UTF8Lead.shape(of: bytes[index]) else {
        invalidOffsets.append(index)
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
        invalidOffsets.append(index)
        index += max(1, consumed)
      } else {
        if length > 1 { multiByteCount += 1 }
        index += length
      }
    }
  }

  /// Whether the bytes read as text in a legacy 8-bit charset rather than as UTF-8 with a few
  /// bad bytes: most of their non-ASCII sequences are ill-formed. (In windows-1251 Cyrillic,
  /// a letter followed by one of і, ї, є, ё… happens to form a valid UTF-8 pair now and then;
  /// in a UTF-8 file, a stray byte is one against hundreds of well-formed letters.)
  var looksLikeLegacyCharset: Bool {
    invalidOffsets.count > multiByteCount
  }
}
