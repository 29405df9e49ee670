import Foundation

/// Standard error, shared by the messages of every command and the progress bar of a corpus
/// audit.
///
/// While a corpus audit works on an article on one of its threads, the lines printed for it
/// (notes on encodings, skipped files) are kept with the article (``collecting(_:)``) and printed
/// when its result is handed over, so they come out in article order whatever thread finished
/// first. While a progress bar is shown, a line printed clears it first and the bar is drawn again
/// below the line.
enum StandardError {
  /// The lines of the article the current thread works on.
  final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []

    /// The lines kept so far.
    var lines: [String] {
      lock.lock()
      defer { lock.unlock() }
      return storage
    }

    fileprivate func append(_ line: String) {
      lock.lock()
      storage.append(line)
      lock.unlock()
    }
  }

  @TaskLocal private static var notes: Notes?

  /// Runs `body` with the lines it prints kept, and returns its result with them.
  static func collecting<T>(_ body: () throws -> T) rethrows -> (result: T, notes: [String]) {
    let notes = Notes()
    let result = try $notes.withValue(notes) { try body() }
    return (result, notes.lines)
  }

  /// Prints `line` (or keeps it, while an article's lines are collected).
  static func print(_ line: String) {
    if let notes {
      notes.append(line)
    } else {
      terminal.write(lines: [line])
    }
  }

  /// Prints lines kept by ``collecting(_:)``.
  static func print(lines: [String]) {
    if !lines.isEmpty { terminal.write(lines: lines) }
  }

  /// The one writer of standard error, which knows whether a progress bar is on the screen.
  static let terminal = Terminal()

  /// Writes standard error under a lock, keeping a progress bar on its last line.
  final class Terminal: @unchecked Sendable {
    private let lock = NSLock()
    /// The bar on the screen, without a newline; nil when none is.
    private var bar: String?

    /// Writes `lines`, each with a newline, clearing the bar first and drawing it again after.
    func write(lines: [String]) {
      lock.lock()
      defer { lock.unlock() }
      var text = bar == nil ? "" : "\r\u{1B}[K"
      // A file name in a message cannot send the terminal escapes of its own.
      for line in lines { text += VisibleControls.escaped(line) + "\n" }
      if let bar { text += bar }
      Self.emit(text)
    }

    /// Draws `text` as the progress bar (nil: takes the bar off the screen).
    func showBar(_ text: String?) {
      lock.lock()
      defer { lock.unlock() }
      Self.emit("\r\u{1B}[K" + (text ?? ""))
      bar = text
    }

    /// Writes to file descriptor 2; a closed or full standard error loses the text but never
    /// stops the command, which then ends with exit code 2 (``StandardStreams/exitCode(_:)``).
    private static func emit(_ text: String) {
      if StandardStreams.wasClosed(STDERR_FILENO)
        || writeFully(Array(text.utf8), to: STDERR_FILENO) != nil
      {
        StandardStreams.noteLostError()
      }
    }
  }
}
