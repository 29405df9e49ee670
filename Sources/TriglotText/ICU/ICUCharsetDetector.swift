import CICU

/// Guesses the charset of bytes with ICU's statistical detector (`ucsdet`).
///
/// ICU knows the Unicode encodings and a set of legacy charsets, among them windows-1251,
/// KOI8-R and ISO-8859-5 for Cyrillic; it does not tell KOI8-U from KOI8-R (``TextEncoding``
/// does). Each call opens its own detector, so the function is safe from any thread.
public enum ICUCharsetDetector {
  /// One guess: ICU's name of the charset and its confidence.
  public struct Match: Sendable, Equatable {
    /// ICU's name of the charset ("windows-1251", "KOI8-R", "UTF-8").
    public var name: String
    /// How sure ICU is, from 0 to 100.
    public var confidence: Int
  }

  /// ICU's guesses for `bytes`, best first (at most ten).
  ///
  /// - Parameter ignoringMarkup: skip text between `<` and `>`, for HTML.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func matches(for bytes: [UInt8], ignoringMarkup: Bool = false) throws(ICUError)
    -> [Match]
  {
    guard !bytes.isEmpty else { return [] }
    let capacity = 10
    let stride = Int(CICU_CHARSET_NAME_CAPACITY)
    var names = [CChar](repeating: 0, count: capacity * stride)
    var confidences = [Int32](repeating: 0, count: capacity)
    var status: Int32 = 0
    let found = bytes.withUnsafeBufferPointer { source in
      source.withMemoryRebound(to: CChar.self) { chars in
        cicu_detect_charsets(
          chars.baseAddress, Int32(bytes.count), ignoringMarkup ? 1 : 0, &names, &confidences,
          Int32(capacity), &status)
      }
    }
    try ICUError.check(status, "detecting the charset")
    return (0..<min(Int(found), capacity)).map { index in
      let name = names[(index * stride)..<((index + 1) * stride)].withUnsafeBufferPointer {
        String(cString: $0.baseAddress!)
      }
      return Match(name: name, confidence: Int(confidences[index]))
    }
  }
}
