import Foundation

/// Encodes command results as JSON for programs: sorted keys, no escaped slashes; pretty-printed
/// for a document, on one line for JSON Lines.
enum JSONOutput {
  /// Prints `value` as JSON on standard output.
  static func print<T: Encodable>(_ value: T) throws {
    try StandardOutput.write(try string(value))
  }

  /// `value` as JSON text, ending with a newline.
  static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// `value` as one line of JSON (JSON Lines), ending with a newline.
  static func line<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
