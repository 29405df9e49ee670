import CICU

/// Converts bytes in a legacy or Unicode charset to text through ICU's converters (`ucnv`).
///
/// Each call opens its own converter, so the functions are safe from any thread.
public enum ICUConverter {
  /// A conversion that stopped at a byte sequence the charset does not allow or cannot map.
  public struct InvalidBytes: Error, Equatable, Sendable {
    /// The byte offset where the bad sequence starts.
    public var byteOffset: Int
  }

  /// ICU's canonical name of the converter `name` ("cp1251" → "ibm-5347_P100-1998"), or nil
  /// when ICU knows no converter of that name.
  public static func canonicalName(of name: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(CICU_CHARSET_NAME_CAPACITY))
    var status: Int32 = 0
    cicu_converter_canonical_name(name, &buffer, Int32(buffer.count), &status)
    guard status <= 0 else { return nil }
    return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  /// Decodes `bytes` in the charset `name`.
  ///
  /// - Throws: ``InvalidBytes`` at the first byte sequence the charset does not allow or
  ///   cannot map to Unicode; ``ICUError`` when ICU knows no such converter.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func decode(_ bytes: [UInt8], from name: String) throws -> String {
    if bytes.isEmpty { return "" }
    var capacity = bytes.count + 16
    for _ in 0..<2 {
      var output = [UInt16](repeating: 0, count: capacity)
      var status: Int32 = 0
      var errorOffset: Int32 = -1
      let length = bytes.withUnsafeBufferPointer { source in
        source.withMemoryRebound(to: CChar.self) { chars in
          output.withUnsafeMutableBufferPointer { destination in
            cicu_convert_to_utf16(
              name, chars.baseAddress, Int32(bytes.count), destination.baseAddress,
              Int32(capacity), &errorOffset, &status)
          }
        }
      }
      if errorOffset >= 0 { throw InvalidBytes(byteOffset: Int(errorOffset)) }
      if status == CICU_BUFFER_OVERFLOW {
        capacity = Int(length) + 1
        continue
      }
      try ICUError.check(status, "converting from \(name)")
      return String(decoding: output[0..<Int(length)], as: UTF16.self)
    }
    throw ICUError(status: CICU_BUFFER_OVERFLOW, operation: "converting from \(name)")
  }
}
