import Dispatch
import Foundation
import Synchronization

/// Ctrl-C during a corpus run: the first SIGINT (or SIGTERM) stops taking articles, so the run
/// finishes the ones in work, writes its output whole and says so; a second one ends the
/// process at once, as usual.
///
/// Unchecked: the signal sources are made in `init` and cancelled in ``restore()``, both on the
/// command's thread; other threads only read the flag, under its lock.
final class Interruption: @unchecked Sendable {
  /// Set by the signal handler, read by the producer of jobs.
  private final class Flag: Sendable {
    let value = Mutex(false)
  }

  private let flag = Flag()
  private let sources: [any DispatchSourceSignal]

  /// Catches SIGINT and SIGTERM until ``restore()``.
  init() {
    let flag = self.flag
    var sources: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        flag.value.withLock { $0 = true }
        // The next one is not caught: it removes the temporary files and ends the process.
        TemporaryFiles.installHandler(for: [number])
        StandardError.print(
          "triglot: interrupted; finishing the articles in work (again to stop at once)")
      }
      source.resume()
      sources.append(source)
    }
    self.sources = sources
  }

  /// Whether a signal came.
  var isRequested: Bool { flag.value.withLock { $0 } }

  /// Stops catching the signals.
  func restore() {
    for source in sources { source.cancel() }
    TemporaryFiles.installHandler(for: [SIGINT, SIGTERM])
  }
}
