import TriglotText

/// Encodes text in a single-byte legacy charset (windows-1251, KOI8-R, KOI8-U) for tests that
/// feed such files to the decoder: the table is ICU's own decoding of each of the 256 bytes,
/// inverted, so the test and the reader can never disagree about the charset.
public struct LegacyCharset: Sendable {
  /// The charset's name, as ICU knows it.
  public var name: String
  private var bytes: [Unicode.Scalar: UInt8]

  /// The charset called `name`.
  public init(_ name: String) throws {
    self.name = name
    var bytes: [Unicode.Scalar: UInt8] = [:]
    for byte in UInt8.min...UInt8.max {
      guard let text = try? ICUConverter.decode([byte], from: name),
        let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1
      else { continue }
      if bytes[scalar] == nil { bytes[scalar] = byte }
    }
    self.bytes = bytes
  }

  /// The bytes of `text`; a character the charset lacks becomes "?".
  public func encode(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { bytes[$0] ?? 0x3F }
  }

  /// `text` with the punctuation the charset lacks (KOI8 has no typographic quotes, dashes or
  /// apostrophe) written in ASCII, as a file saved in the charset has it; other missing
  /// characters become "?".
  public func approximating(_ text: String) -> String {
    let ascii: [Unicode.Scalar: String] = [
      "’": "'", "‘": "'", "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "–": "-",
      "—": "-", "…": "...", "№": "N", "\u{A0}": " ",
    ]
    var result = ""
    for scalar in text.unicodeScalars {
      if bytes[scalar] != nil {
        result.unicodeScalars.append(scalar)
      } else {
        result += ascii[scalar] ?? "?"
      }
    }
    return result
  }

  /// Whether the charset has every character of `text`.
  public func canEncode(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { bytes[$0] != nil }
  }
}

/// UTF-16 bytes with a byte-order mark, as Windows tools save "Unicode" text.
public enum UTF16Bytes {
  /// `text` as UTF-16 little-endian (or big-endian) bytes after the byte-order mark.
  public static func encode(_ text: String, bigEndian: Bool = false) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
  }
}
