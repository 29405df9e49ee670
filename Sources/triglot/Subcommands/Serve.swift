import ArgumentParser

/// `triglot serve`: the audit page and a JSON API for `audit` and `align`, on this machine.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Serve a page and a JSON API that audit and align the editions of an article.",
    discussion: """
      Endpoints:
      \(ServeRoute.allCases.map { "  \($0.description.padded(to: 15)) \($0.summary)" }
        .joined(separator: "\n"))

      A request body is one JSON object with two or three editions, "uk", "en" and "ru", each \
      a string (text, HTML or Markdown: HTML is sniffed) or {"base64": BYTES, "filename": \
      NAME} for a file's bytes (encoding detected, format by extension), and "options": \
      audit's --disable, --min-severity, --fail-on, --fail-under, --source, --standard as \
      disable (a list), minSeverity, failOn, failUnder, source, standard; names (a house-style \
      list's text); align's level; and inputFormat, encoding, lossy. The answers are the \
      version-1 documents of 'triglot audit --format json' and 'triglot align --format json'; \
      the header Triglot-Audit-Fails says whether 'triglot audit' would exit 1. Errors are \
      {"version":1,"error":{"status":N,"message":…}}: 400 (invalid JSON, fewer than two \
      editions, an unknown option, an unreadable edition), 404, 405, 413 (over --max-body), \
      415 (not application/json), 503 (over --timeout). Docs/serve.md and Docs/openapi.json \
      describe them.

      Once listening, prints "triglot serve: listening on http://HOST:PORT" on standard \
      output; SIGINT or SIGTERM stop it after the requests under way are answered.

      Exit codes: 0 stopped by SIGINT or SIGTERM, 2 cannot listen (address in use, unknown \
      host), 64 usage error.
      """)

  @Option(help: "The address to listen on: 127.0.0.1 is this machine only, 0.0.0.0 any.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on; 0 picks a free one (printed on start).")
  var port = 8080

  @Option(
    name: .customLong("max-body"),
    help: ArgumentHelp(
      "The largest request body taken, in bytes (K, M: 1024-based); larger ones get 413.",
      valueName: "BYTES"))
  var maxBody = ByteCount(ServeConfiguration.defaultMaxBody)

  @Option(
    help: ArgumentHelp(
      "The longest a request may take, in seconds; longer ones get 503.", valueName: "SECONDS"))
  var timeout = ServeConfiguration.defaultTimeout

  func validate() throws {
    guard (0...65535).contains(port) else {
      throw ValidationError("--port must be from 0 to 65535 (0 picks a free port), not \(port)")
    }
    guard maxBody.bytes > 0 else {
      throw ValidationError("--max-body must be at least 1 byte (e.g. 16M)")
    }
    guard timeout > 0, timeout.isFinite else {
      throw ValidationError("--timeout must be a number of seconds above 0, not \(timeout)")
    }
  }

  func run() async throws {
    let server = TriglotServer(
      configuration: ServeConfiguration(
        host: host, port: port, maxBody: maxBody.bytes, timeout: timeout))
    do {
      try await server.run()
    } catch {
      printError(
        "triglot: cannot listen on \(host):\(port) (\(error)); choose another --host or "
          + "--port (--port 0 picks a free one)")
      throw ExitStatus.inputError
    }
  }
}
