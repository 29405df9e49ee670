import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A `triglot serve --port 0` process of the built binary, started for tests: the URL it prints
/// in its first line, requests to it, and its end.
///
/// `Process` is not `Sendable`; it is only touched to start the server and, once, to stop it.
public final class ServerProcess: @unchecked Sendable {
  /// What one request got back.
  public struct Response: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers, by lower-case name.
    public var headers: [String: String]
    /// The body.
    public var body: Data

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as a JSON object (empty when it is not one).
    public var json: [String: Any] {
      ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:]
    }
  }

  /// The address the server printed: `http://127.0.0.1:PORT`.
  public let url: URL
  private let process: Process
  private let standardError: URL

  /// Starts `triglot serve --port 0` with `arguments` from the package root and waits (at most
  /// `timeout` seconds) for its first line, `triglot serve: listening on URL`.
  ///
  /// - Throws: ``ServerProcessError`` with what the process printed when no such line comes.
  public init(arguments: [String] = [], timeout: Double = 60) throws {
    let folder = try TemporaryFolder.make("triglot-serve")
    standardError = folder.appendingPathComponent("stderr")
    try Data().write(to: standardError)
    process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = CLIRunner.packageRoot
    let output = Pipe()
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: standardError)
    try process.run()
    let line = Self.firstLine(of: output.fileHandleForReading, within: timeout)
    let prefix = "triglot serve: listening on "
    guard let line, line.hasPrefix(prefix),
      let url = URL(string: String(line.dropFirst(prefix.count)))
    else {
      process.terminate()
      process.waitUntilExit()
      throw ServerProcessError(
        firstLine: line,
        standardError: (try? String(contentsOf: standardError, encoding: .utf8)) ?? "")
    }
    self.url = url
  }

  /// Reads up to the first newline of `handle`; nil when none comes within `timeout` seconds or
  /// the stream ends first.
  private static func firstLine(of handle: FileHandle, within timeout: Double) -> String? {
    nonisolated(unsafe) var line: String?
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      var bytes: [UInt8] = []
      while true {
        let chunk = handle.readData(ofLength: 1)
        guard let byte = chunk.first, byte != UInt8(ascii: "\n") else { break }
        bytes.append(byte)
      }
      line = String(decoding: bytes, as: UTF8.self)
      done.signal()
    }
    return done.wait(timeout: .now() + timeout) == .success ? line : nil
  }

  /// Sends `method` to `path` (with its query) with `body` declared as `contentType` (none
  /// when nil) and returns what came back, whatever the status.
  public func send(
    _ method: String, _ path: String, body: Data? = nil,
    contentType: String? = "application/json"
  ) async throws -> Response {
    var request = URLRequest(url: URL(string: path, relativeTo: url)!)
    request.httpMethod = method
    // An audit takes seconds; on a loaded 2-core machine, many times that.
    request.timeoutInterval = 300
    request.httpBody = body
    if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as! HTTPURLResponse
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      headers[String(describing: name).lowercased()] = String(describing: value)
    }
    return Response(status: http.statusCode, headers: headers, body: data)
  }

  /// Sends `object` as JSON to `path` with `POST`.
  public func post(_ path: String, json object: Any) async throws -> Response {
    try await send("POST", path, body: try JSONSerialization.data(withJSONObject: object))
  }

  /// Stops the server with SIGTERM, as a service manager would, and returns its exit status
  /// and what it printed on standard error.
  @discardableResult
  public func stop() -> (status: Int32, standardError: String) {
    process.terminate()
    process.waitUntilExit()
    let printed = (try? String(contentsOf: standardError, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(at: standardError.deletingLastPathComponent())
    return (process.terminationStatus, printed)
  }
}

/// A `triglot serve` process that did not print its listening line.
public struct ServerProcessError: Error, CustomStringConvertible {
  /// The first line it printed, if any.
  public var firstLine: String?
  /// What it printed on standard error.
  public var standardError: String

  public var description: String {
    "triglot serve did not print 'triglot serve: listening on URL' (first line: "
      + "\(firstLine.map { "'\($0)'" } ?? "none")); standard error: \(standardError)"
  }
}
