import Foundation
import Hummingbird
import Logging

/// The server of `triglot serve`: the routes of ``ServeRoute`` answered by ``ServeEndpoints`` on
/// Hummingbird, listening on the configured address until SIGINT or SIGTERM, when it stops
/// taking connections and answers the requests under way first.
struct TriglotServer {
  /// The address and the limits.
  var configuration: ServeConfiguration

  /// Listens and answers until a signal stops the server; prints
  /// `triglot serve: listening on http://HOST:PORT` on standard output once it listens.
  ///
  /// - Throws: the system's error when the address cannot be listened on (in use, unknown).
  func run() async throws {
    let endpoints = ServeEndpoints(configuration: configuration)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ServeErrorMiddleware())
    for route in ServeRoute.allCases {
      router.on(RouterPath(route.path), method: route.method) { request, _ in
        try await endpoints.respond(route, to: request)
      }
    }
    // Hummingbird's log would go to standard output, where the one line above is the contract;
    // only its warnings and errors (a failed request, a failed start) are worth a line.
    var logger = Logger(label: "triglot serve") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = .warning
    let application = Application(
      router: router,
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: "triglot/\(Triglot.configuration.version)"),
      onServerRunning: { channel in
        Self.announce(host: channel.localAddress?.ipAddress, port: channel.localAddress?.port)
      },
      logger: logger)
    try await application.runService()
  }

  /// Prints the address the server listens on, as a URL, in one line on standard output (an
  /// unbuffered write: a test or script waiting for the line gets it at once).
  private static func announce(host: String?, port: Int?) {
    guard let host, let port else { return }
    let shown = host.contains(":") ? "[\(host)]" : host
    // A closed standard output loses the line but not the server.
    try? StandardOutput.write("triglot serve: listening on http://\(shown):\(port)\n")
  }
}
