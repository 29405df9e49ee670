import Foundation
import Synchronization

/// Runs the built `triglot` binary and captures what a user would see.
public struct CLIRunner {
  /// What one run printed and how it exited.
  public struct Result: Sendable {
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
    /// The exit status.
    public var status: Int32
  }

  /// The package's root folder (where Package.swift is).
  public static var packageRoot: URL { PackageRoot.url }

  /// The `triglot` binary built beside the test bundle.
  public static let binary: URL = {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent(),
      Bundle.main.bundleURL,
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for folder in candidates {
      let url = folder.appendingPathComponent("triglot")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return packageRoot.appendingPathComponent(".build/debug/triglot")
  }()

  /// A path under the package root ("Corpora/articles").
  public static func path(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
  }

  /// Runs `triglot` with `arguments`, feeding `stdin` when given, in `directory` (default: the
  /// package root), with `environment` added to the current one.
  public static func run(
    _ arguments: [String], stdin: String? = nil, directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    try process.run()
    if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inPipe.fileHandleForWriting.close()
    // Read both pipes concurrently so a chatty process never blocks on a full pipe.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = errPipe.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Runs `triglot` with `arguments` from the package root once per test process and gives
  /// every caller that result: for commands that only read the repository's files (a Corpora
  /// article, the whole archive), whose one output several tests check from different sides.
  /// A debug audit of the archive costs seconds of CPU, and the suites run on two cores.
  ///
  /// Callers asking for the same arguments at once wait for the one run.
  public static func cachedRun(_ arguments: [String]) throws -> Result {
    let entry = runs.withLock { runs in
      if let entry = runs[arguments] { return entry }
      let entry = CachedRun()
      runs[arguments] = entry
      return entry
    }
    return try entry.outcome.withLock { outcome in
      if outcome == nil { outcome = Swift.Result { try run(arguments) } }
      return try outcome!.get()
    }
  }

  /// One command's run, made by the first caller of ``cachedRun(_:)``.
  private final class CachedRun: Sendable {
    let outcome = Mutex<Swift.Result<Result, any Error>?>(nil)
  }

  /// The runs of ``cachedRun(_:)``, by arguments.
  private static let runs = Mutex<[[String]: CachedRun]>([:])

  /// Runs `command` with /bin/sh from /tmp, capturing both outputs through files: for the
  /// redirections (`<`, `>`, pipes) that a user types.
  public static func shell(_ command: String) throws -> Result {
    let folder = try TemporaryFolder.make("triglot-shell")
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out")
    let err = folder.appendingPathComponent("err")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "{ \(command); } >'\(out.path)' 2>'\(err.path)'"]
    process.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
    try process.run()
    process.waitUntilExit()
    return Result(
      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
      status: process.terminationStatus)
  }
}
