import Foundation

/// Reads a file or standard input one line at a time (`getline`), for `--manifest`: a line is
/// taken as soon as it arrives, so a process fed line by line answers each before the next.
/// Used by one thread at a time (the corpus runner's producer).
final class LineReader: @unchecked Sendable {
  /// The name in messages (`<stdin>` for "-").
  let source: String
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0
  /// The number of the last line read, from 1.
  private(set) var lineNumber = 0

  /// Opens `path` ("-": standard input).
  ///
  /// - Throws: ``CLIError`` naming `path` when it does not exist, is a folder or cannot be read.
  init(path: String) throws {
    if path == "-" {
      source = "<stdin>"
      // A duplicate of descriptor 0, so that closing it leaves standard input alone.
      let descriptor = dup(STDIN_FILENO)
      guard descriptor >= 0, let opened = fdopen(descriptor, "r") else {
        throw CLIError(
          "<stdin>: cannot read standard input (\(String(cString: strerror(errno))))")
      }
      file = opened
      return
    }
    source = path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError("\(path): no such file")
    }
    guard !isDirectory.boolValue else {
      throw CLIError("\(path): is a directory; give a manifest file (JSON Lines)")
    }
    guard let opened = fopen(path, "r") else {
      throw CLIError("\(path): cannot read the file (\(String(cString: strerror(errno))))")
    }
    file = opened
  }

  deinit {
    free(buffer)
    fclose(file)
  }

  /// The next line without its line break; nil at the end.
  ///
  /// - Throws: ``CLIError`` naming the file when reading fails.
  func next() throws -> String? {
    clearerr(file)
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else {
      if ferror(file) != 0 {
        throw CLIError(
          "\(source): cannot read line \(lineNumber + 1) (\(String(cString: strerror(errno))))")
      }
      return nil
    }
    lineNumber += 1
    var bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: count)
    while let last = bytes.last, last == 0x0A || last == 0x0D {
      bytes = UnsafeBufferPointer(rebasing: bytes.dropLast())
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
