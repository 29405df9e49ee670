import Foundation

/// Encodes command results as JSON for programs: sorted keys, pretty-printed, no escaped slashes.
enum JSONOutput {
  /// Prints `value` as JSON on standard output.
  static func print<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }
}
