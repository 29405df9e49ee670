import Foundation
import Testing
import TriglotTestSupport

/// One `triglot serve --port 0` process for a whole suite: started before the suite's first
/// test, stopped with SIGTERM after its last (where its exit status is checked: 0, a clean
/// shutdown). The suite's tests reach it through ``server``.
struct ServeFixture: SuiteTrait, TestScoping {
  /// The server of the suite under way.
  @TaskLocal static var current: ServerProcess?

  /// The arguments after `serve --port 0`.
  var arguments: [String]

  /// The running server; fails the test when it is run outside a suite with the trait.
  static var server: ServerProcess {
    get throws { try #require(current, "the suite has no .serveFixture trait") }
  }

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    let server = try ServerProcess(arguments: arguments)
    do {
      try await Self.$current.withValue(server) { try await function() }
    } catch {
      server.stop()
      throw error
    }
    let stopped = server.stop()
    #expect(stopped.status == 0, "triglot serve after SIGTERM: \(stopped.standardError)")
  }
}

extension Trait where Self == ServeFixture {
  /// One `triglot serve --port 0 ARGUMENTS…` for the suite.
  static func serveFixture(_ arguments: [String] = []) -> Self {
    ServeFixture(arguments: arguments)
  }
}
