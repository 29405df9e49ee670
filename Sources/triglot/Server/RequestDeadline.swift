/// The per-request timeout (`--timeout`): a request that takes longer is answered 503 and its
/// work given up (``BlockingWork`` stops waiting for it).
enum RequestDeadline {
  /// The result of `operation`, or ``ServeError/timedOut(seconds:)`` when it takes longer than
  /// `seconds`; `operation` is then cancelled.
  static func within<Result: Sendable>(
    seconds: Double, _ operation: @escaping @Sendable () async throws -> Result
  ) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
      group.addTask { try await operation() }
      group.addTask {
        try await Task.sleep(for: .seconds(seconds))
        throw ServeError.timedOut(seconds: seconds)
      }
      defer { group.cancelAll() }
      return try await group.next()!
    }
  }
}
