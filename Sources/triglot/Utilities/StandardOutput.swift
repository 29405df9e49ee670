import Foundation

/// Standard output, the one way every command writes its result there: all of the bytes or an
/// error that says why not.
enum StandardOutput {
  /// Writes `text` whole.
  ///
  /// - Throws: ``CLIError`` when standard output was closed when the command started, or the
  ///   write fails (a full disk, `> /dev/full`, a pipe whose reader has gone).
  static func write(_ text: String) throws {
    try write(Array(text.utf8))
  }

  /// Writes `bytes` whole (see ``write(_:)-(String)``).
  static func write(_ bytes: [UInt8]) throws {
    if StandardStreams.wasClosed(STDOUT_FILENO) {
      throw CLIError(
        "standard output is closed; cannot write the result (redirect it to a file or a pipe)")
    }
    if let failure = writeFully(bytes, to: STDOUT_FILENO) {
      throw CLIError(
        "standard output: cannot write the result (\(String(cString: strerror(failure))))")
    }
  }
}
