import Foundation
import Synchronization

/// The three standard streams as the process found them, and whether a write to standard error
/// was lost: what turns a closed or full stream into a message and exit code 2 instead of a
/// crash or a silent loss.
enum StandardStreams {
  /// Standard input, output and error, each set when it was closed when the process started.
  private static let closed = Mutex<Set<Int32>>([])
  /// Set when a write to standard error failed (closed, full, a broken pipe).
  private static let errorWasLost = Atomic<Bool>(false)

  /// Called first thing: a closed standard stream gets `/dev/null` in its place, so that a file
  /// the command opens later cannot take descriptor 1 or 2 and receive the report or the
  /// messages; the stream is remembered as closed, so writing to it is still an error. SIGPIPE
  /// is ignored, so that writing to a pipe whose reader has gone fails with EPIPE (a message and
  /// exit 2) instead of killing the process without a word.
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    TemporaryFiles.installHandler()
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      closed.withLock { _ = $0.insert(descriptor) }
      let placeholder = open("/dev/null", O_RDWR)
      if placeholder >= 0 && placeholder != descriptor {
        dup2(placeholder, descriptor)
        close(placeholder)
      }
    }
  }

  /// Whether `descriptor` (0, 1 or 2) was closed when the process started.
  static func wasClosed(_ descriptor: Int32) -> Bool {
    closed.withLock { $0.contains(descriptor) }
  }

  /// Records that a write to standard error failed.
  static func noteLostError() {
    errorWasLost.store(true, ordering: .relaxed)
  }

  /// The exit code to end with: `code`, or 2 (input or environment error) when a message to
  /// standard error could not be written and the command would otherwise have reported success
  /// or findings.
  static func exitCode(_ code: Int32) -> Int32 {
    errorWasLost.load(ordering: .relaxed) && (code == 0 || code == 1) ? 2 : code
  }
}
