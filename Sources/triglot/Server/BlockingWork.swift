import Dispatch
import Synchronization

/// Runs the CPU-bound part of a request (reading, aligning, auditing, rendering: synchronous
/// library calls that take up to seconds) on a Dispatch worker thread. On Swift's cooperative
/// pool, which has one thread per core, two such requests would stall every other request,
/// `GET /healthz` included, until they finished.
enum BlockingWork {
  /// The result of `work`, run on a worker thread. When the waiting task is cancelled (the
  /// request timed out) this returns at once with `CancellationError`; the work itself cannot
  /// be stopped and runs to its end, its result dropped.
  static func run<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result)
    async throws -> Result
  {
    let outcome = Outcome<Result>()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        outcome.hold(continuation)
        DispatchQueue.global(qos: .userInitiated).async {
          outcome.resolve(Swift.Result { try work() })
        }
      }
    } onCancel: {
      outcome.resolve(.failure(CancellationError()))
    }
  }
}

/// The first of a work's result and its cancellation, handed once to the continuation that
/// waits for it, whichever of the two arrives first and whether or not the continuation is
/// there yet (cancellation can come before it is).
private final class Outcome<Value: Sendable>: Sendable {
  private struct State {
    var continuation: CheckedContinuation<Value, any Error>?
    var result: Result<Value, any Error>?
  }

  private let state = Mutex(State())

  /// Hands the result to `continuation` when there is one already, else keeps it waiting.
  func hold(_ continuation: CheckedContinuation<Value, any Error>) {
    let early = state.withLock { state in
      if state.result == nil { state.continuation = continuation }
      return state.result
    }
    if let early { continuation.resume(with: early) }
  }

  /// Keeps `result` unless one was kept before, and hands it to the waiting continuation.
  func resolve(_ result: Result<Value, any Error>) {
    let waiting = state.withLock { state -> CheckedContinuation<Value, any Error>? in
      guard state.result == nil else { return nil }
      state.result = result
      defer { state.continuation = nil }
      return state.continuation
    }
    waiting?.resume(with: result)
  }
}
