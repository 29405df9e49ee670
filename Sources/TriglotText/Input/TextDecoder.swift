/// Turns the bytes of an input file into text, with errors a user can act on.
///
/// UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a byte-order mark is
/// converted; bytes that are not UTF-8 and that ICU's charset detector reads as Cyrillic in
/// windows-1251, KOI8-R or KOI8-U are converted from that charset (``LegacyCyrillicDetector``).
/// A file that is UTF-8 with a few bad bytes gets the exact offset of the first one instead.
public enum TextDecoder {
  /// How the encoding of an input was found.
  public enum EncodingEvidence: Sendable, Equatable {
    /// The bytes are valid UTF-8 (with or without a byte-order mark).
    case utf8
    /// A UTF-16 byte-order mark.
    case byteOrderMark
    /// ICU's charset detector, with its confidence (0…100).
    case detected(confidence: Int)
    /// The caller named it (`--encoding`).
    case given
  }

  /// The decoded text and what had to be repaired.
  public struct Result: Sendable, Equatable {
    /// The text, without a leading byte-order mark.
    public var text: String
    /// Byte offsets of invalid UTF-8 sequences replaced by U+FFFD (only in lossy mode).
    public var replacedOffsets: [Int]
    /// The encoding the bytes were read in.
    public var encoding: TextEncoding = .utf8
    /// How that encoding was found.
    public var evidence: EncodingEvidence = .utf8
  }

  /// Decodes `bytes` read from `source` (a path, or "-" for standard input).
  ///
  /// - Parameters:
  ///   - lossy: replace invalid UTF-8 sequences with U+FFFD instead of failing.
  ///   - encoding: read the bytes in this encoding instead of finding it out.
  ///   - markup: the bytes are HTML, whose tags the charset detector skips.
  /// - Throws: ``TriglotTextError/emptyInput(source:)`` for an empty or blank input,
  ///   ``TriglotTextError/binaryInput(source:byteOffset:)`` for a NUL byte,
  ///   ``TriglotTextError/invalidUTF8(source:byteOffset:)`` for bad UTF-8 when not lossy,
  ///   ``TriglotTextError/invalidEncoding(source:encoding:byteOffset:)`` for bytes that the
  ///   given or byte-order-marked encoding does not allow.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func decode(
    _ bytes: [UInt8], source: String, lossy: Bool = false, encoding: TextEncoding? = nil,
    markup: Bool = false
  ) throws(TriglotTextError) -> Result {
    let result: Result
    if let encoding, encoding != .utf8 {
      result = try convert(bytes, from: encoding, evidence: .given, source: source)
    } else if encoding == nil, let marked = byteOrderMarkEncoding(of: bytes) {
      result = try convert(bytes, from: marked, evidence: .byteOrderMark, source: source)
    } else {
      result = try decodeUTF8(
        bytes, source: source, lossy: lossy, detecting: encoding == nil,
        markup: markup)
    }
    if result.text.allSatisfy(\.isWhitespace) { throw .emptyInput(source: source) }
    return result
  }

  private static func decodeUTF8(
    _ bytes: [UInt8], source: String, lossy: Bool, detecting: Bool, markup: Bool
  ) throws(TriglotTextError) -> Result {
    if let nul = bytes.firstIndex(of: 0) {
      if detecting, let (utf16, confidence) = unmarkedUTF16(bytes) {
        return try convert(
          bytes, from: utf16, evidence: .detected(confidence: confidence), source: source)
      }
      throw .binaryInput(source: source, byteOffset: nul)
    }
    let scan = UTF8Scan(bytes)
    if let first = scan.invalidOffsets.first {
      if detecting, let (utf16, confidence) = unmarkedUTF16(bytes) {
        return try convert(
          bytes, from: utf16, evidence: .detected(confidence: confidence), source: source)
      }
      if detecting, scan.looksLikeLegacyCharset,
        let (legacy, confidence) = LegacyCyrillicDetector.detect(bytes, ignoringMarkup: markup)
      {
        return try convert(
          bytes, from: legacy, evidence: .detected(confidence: confidence),
          source: source)
      }
      if !lossy { throw .invalidUTF8(source: source, byteOffset: first) }
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    return Result(text: text, replacedOffsets: scan.invalidOffsets)
  }

  private static func convert(
    _ bytes: [UInt8], from encoding: TextEncoding, evidence: EncodingEvidence, source: String
  ) throws(TriglotTextError) -> Result {
    var text: String
    do {
      text = try ICUConverter.decode(bytes, from: encoding.converterName)
    } catch let invalid as ICUConverter.InvalidBytes {
      throw .invalidEncoding(
        source: source, encoding: encoding.name, byteOffset: invalid.byteOffset)
    } catch let error as ICUError {
      throw .icu(source: source, error)
    } catch {
      throw .unreadableInput(source: source, reason: String(describing: error))
    }
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    if let nul = text.unicodeScalars.firstIndex(of: "\0") {
      let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: nul)
      throw .binaryInput(source: source, byteOffset: byteOffset(ofScalar: offset, in: encoding))
    }
    return Result(text: text, replacedOffsets: [], encoding: encoding, evidence: evidence)
  }

  /// The byte offset of the scalar at `offset` where each scalar takes a fixed number of bytes
  /// (the single-byte charsets and UTF-16 without surrogates, the cases where a NUL shows up).
  private static func byteOffset(ofScalar offset: Int, in encoding: TextEncoding) -> Int {
    switch encoding {
    case .utf16LittleEndian, .utf16BigEndian: 2 + 2 * offset
    default: offset
    }
  }

  /// The UTF-16 byte order of `bytes` written without a byte-order mark, with a confidence
  /// (0–100), or nil when they do not read as UTF-16 text.
  ///
  /// Text in UTF-16 has, in almost every pair of bytes, a high byte of 0x00 (ASCII, Latin-1)
  /// or 0x04 (Cyrillic), which valid UTF-8 text cannot have at every other byte; without this a
  /// UTF-16 file saved without a mark was called binary (its NUL bytes) or invalid UTF-8. The
  /// first 4,096 bytes decide; nine pairs in ten must agree.
  static func unmarkedUTF16(_ bytes: [UInt8]) -> (TextEncoding, confidence: Int)? {
    let sample = bytes.prefix(4096)
    let pairs = sample.count / 2
    guard pairs >= 2, bytes.count % 2 == 0 else { return nil }
    var littleEndian = 0
    var bigEndian = 0
    var index = sample.startIndex
    while index + 1 < sample.endIndex {
      let (first, second) = (sample[index], sample[index + 1])
      if (second == 0 || second == 0x04) && first != 0 { littleEndian += 1 }
      if (first == 0 || first == 0x04) && second != 0 { bigEndian += 1 }
      index += 2
    }
    let best = max(littleEndian, bigEndian)
    guard best * 10 >= pairs * 9, min(littleEndian, bigEndian) * 2 < pairs else { return nil }
    return (
      littleEndian > bigEndian ? .utf16LittleEndian : .utf16BigEndian, best * 100 / pairs
    )
  }

  /// The UTF-16 encoding a byte-order mark announces.
  static func byteOrderMarkEncoding(of bytes: [UInt8]) -> TextEncoding? {
    guard bytes.count >= 2 else { return nil }
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE): return .utf16LittleEndian
    case (0xFE, 0xFF): return .utf16BigEndian
    default: return nil
    }
  }

  /// Byte offsets where an ill-formed UTF-8 sequence starts (RFC 3629: no overlong forms, no
  /// surrogates, nothing above U+10FFFF).
  static func invalidSequenceOffsets(in bytes: [UInt8]) -> [Int] {
    UTF8Scan(bytes).invalidOffsets
  }
}
