import Foundation
import Testing
import TriglotTestSupport

/// Whole-output tests, as swift-argument-parser's end-to-end tests assert the entire expected
/// output: the `--help` of every command, and the reports of one Corpora article, compared line
/// for line with files under `Tests/Golden/` (outside every target, so SwiftPM does not take them
/// for unhandled resources; they are read through ``PackageRoot``).
///
/// After an intended change of output, regenerate the files and review the diff:
///
///     TRIGLOT_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests
///     git diff Tests/Golden
///
/// With `TRIGLOT_UPDATE_GOLDEN=1` each test writes what the binary printed to its file instead of
/// comparing, and passes.
@Suite("Golden output")
struct GoldenOutputTests {
  /// One run of the binary and the file that holds its expected standard output.
  struct Case: Sendable, CustomTestStringConvertible {
    /// The file, relative to ``GoldenOutputTests/folder``.
    var file: String
    var arguments: [String]
    var status: Int32
    /// Help is wrapped to `COLUMNS`; the align text view fits it too.
    var columns = 80

    var testDescription: String { file }
  }

  static let folder = "Tests/Golden"
  static let updating = ProcessInfo.processInfo.environment["TRIGLOT_UPDATE_GOLDEN"] == "1"

  /// The optional dictionaries the reports depend on (`make deps` installs them): Hunspell's
  /// Ukrainian and Russian ones for names, FreeDict's English–Russian word list for glosses.
  static let optionalDictionaries = [
    "/usr/share/hunspell/uk_UA.dic", "/usr/share/hunspell/ru_RU.dic",
    "/usr/share/dictd/freedict-eng-rus.index",
  ]

  static let subcommands = [
    "normalize", "detect", "extract", "translit", "align", "eval", "audit", "serve",
  ]

  /// `--uk … --en … --ru …` relative to the package root, where the binary runs, so the paths
  /// printed in the reports are the same on every machine.
  static let strike = ["uk", "en", "ru"].flatMap {
    ["--\($0)", "Corpora/articles/02-kharkiv-strike/\($0).txt"]
  }

  static let help: [Case] =
    [Case(file: "help/triglot.txt", arguments: ["--help"], status: 0)]
    + subcommands.map { Case(file: "help/\($0).txt", arguments: [$0, "--help"], status: 0) }

  static let reports: [Case] = [
    Case(file: "audit/02-kharkiv-strike.txt", arguments: ["audit"] + strike, status: 1),
    Case(
      file: "audit/02-kharkiv-strike.json", arguments: ["audit", "--format", "json"] + strike,
      status: 1),
    Case(
      file: "audit/02-kharkiv-strike.html", arguments: ["audit", "--format", "html"] + strike,
      status: 1),
    Case(
      file: "align/02-kharkiv-strike.txt", arguments: ["align"] + strike, status: 0,
      columns: 120),
    Case(
      file: "align/02-kharkiv-strike.json", arguments: ["align", "--format", "json"] + strike,
      status: 0),
  ]

  @Test(arguments: help + reports)
  func outputMatchesGoldenFile(golden: Case) throws {
    let result = try CLIRunner.run(
      golden.arguments, environment: ["COLUMNS": String(golden.columns)])
    #expect(result.status == golden.status, "exit \(result.status): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    try Self.compare(result.stdout, with: "\(Self.folder)/\(golden.file)")
  }

  /// Compares `actual` with the file at `relativePath` under the package root, recording the
  /// first differing line; with `TRIGLOT_UPDATE_GOLDEN=1`, writes `actual` to the file instead.
  static func compare(
    _ actual: String, with relativePath: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = PackageRoot.url(relativePath)
    if updating {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "\(relativePath) is missing; run with TRIGLOT_UPDATE_GOLDEN=1 to write it",
        sourceLocation: sourceLocation)
      return
    }
    guard actual != expected else { return }
    let missing = optionalDictionaries.filter { !FileManager.default.fileExists(atPath: $0) }
    let hint =
      missing.isEmpty
      ? "" : "\nThe golden reports were written with the optional dictionaries installed; "
        + "missing here: \(missing.joined(separator: ", ")) (run make deps)"
    Issue.record(
      Comment(
        rawValue: firstDifference(expected: expected, actual: actual, file: relativePath) + hint),
      sourceLocation: sourceLocation)
  }

  /// Where `actual` first departs from `expected`: the line number and both lines.
  static func firstDifference(expected: String, actual: String, file: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(expectedLines, actualLines).enumerated().first { $1.0 != $1.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    func text(_ lines: [Substring]) -> String {
      lines.indices.contains(line) ? "\"\(lines[line])\"" : "(end of output)"
    }
    return """
      output differs from \(file) at line \(line + 1) \
      (expected \(expectedLines.count) lines, got \(actualLines.count)):
        expected: \(text(expectedLines))
        actual:   \(text(actualLines))
      If the change is intended, run with TRIGLOT_UPDATE_GOLDEN=1 and review the diff.
      """
  }
}
