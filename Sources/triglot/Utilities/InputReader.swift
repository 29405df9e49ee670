import Foundation
import TriglotText

/// Reads input files (or standard input for "-") and decodes them as UTF-8 text.
enum InputReader {
  /// Reads the bytes of `path` ("-" is standard input), with one-line errors naming the file.
  static func bytes(of path: String) throws -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError("\(path): no such file")
    }
    if isDirectory.boolValue {
      throw CLIError("\(path): is a directory; give a text file")
    }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw CLIError("\(path): permission denied; cannot read the file")
    }
    do {
      return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw CLIError("\(path): cannot read the file (\(error.localizedDescription))")
    }
  }

  /// Reads and decodes `path`. With `lossy`, invalid UTF-8 is replaced and a warning printed.
  static func text(of path: String, lossy: Bool = false) throws -> String {
    let source = path == "-" ? "<stdin>" : path
    let result = try TextDecoder.decode(try bytes(of: path), source: source, lossy: lossy)
    if !result.replacedOffsets.isEmpty {
      let shown = result.replacedOffsets.prefix(5).map(String.init).joined(separator: ", ")
      let more = result.replacedOffsets.count > 5 ? ", …" : ""
      printError(
        "triglot: warning: \(source): replaced \(result.replacedOffsets.count) invalid UTF-8 "
          + "sequence(s) with U+FFFD at byte offset(s) \(shown)\(more)")
    }
    return result.text
  }
}
