import Foundation
import Testing
import TriglotTestSupport

/// Every kind of bad edition a user or a scraper hands over, through the CLI (`audit --uk F
/// --en en.txt`) and through the server (the same bytes uploaded as the Ukrainian edition): one
/// line naming the file and the problem, exit code 2 or status 400, never a crash or a silent
/// success. The cases that need a path (missing, a folder, a FIFO, the same file twice) are the
/// CLI's alone.
@Suite("Bad input, CLI and server", .serveFixture())
struct BadInputTableTests {
  /// One bad edition.
  struct Case: CustomTestStringConvertible, Sendable {
    var testDescription: String
    /// The edition's bytes (nil: the case makes its own path).
    var bytes: [UInt8]?
    /// What the message says, after the file's name.
    var message: String
    /// The exit code (and, for 2, status 400 from the server; 0 means both take it).
    var status: Int32 = 2
  }

  static let english = Array("The budget was passed on Tuesday.\n".utf8)

  static let cases: [Case] = [
    Case(testDescription: "empty", bytes: [], message: "the input is empty"),
    Case(testDescription: "whitespace only", bytes: Array(" \n\t\n  \r\n".utf8),
      message: "the input is empty"),
    Case(testDescription: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF],
      message: "looks like a binary file (NUL byte at byte offset 6)"),
    Case(testDescription: "NUL bytes in text", bytes: Array("Бюджет ухвалили\0 у вівторок.".utf8),
      message: "looks like a binary file"),
    Case(testDescription: "invalid UTF-8", bytes: Array("Бюджет ".utf8) + [0xC3, 0x28],
      message: "invalid UTF-8"),
    Case(testDescription: "UTF-16 with a byte-order mark",
      bytes: [0xFF, 0xFE] + utf16LE("Бюджет ухвалили у вівторок.\n"), message: "", status: 0),
    Case(testDescription: "UTF-16 without a byte-order mark",
      bytes: utf16LE("Бюджет ухвалили у вівторок.\n"), message: "", status: 0),
    Case(testDescription: "terminal escapes", bytes: Array(
      "Бюджет \u{1B}]0;PWNED 2 31\u{07}ухвалили у вівторок.\u{1B}[2J\n".utf8),
      message: "", status: 0),
  ]

  static func utf16LE(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
  }

  @Test(arguments: cases)
  func theCLINamesTheFileAndTheProblem(_ bad: Case) throws {
    let folder = try TemporaryFolder.make("triglot-bad-input")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(bad.bytes!).write(to: folder.appendingPathComponent("uk.txt"))
    try Data(Self.english).write(to: folder.appendingPathComponent("en.txt"))
    let result = try CLIRunner.run(
      ["audit", "--uk", "uk.txt", "--en", "en.txt", "--fail-on", "never"], directory: folder)
    #expect(result.status == bad.status, "\(result.stderr)")
    if bad.status == 2 {
      #expect(result.stderr.hasPrefix("triglot: uk.txt: " + bad.message), "\(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
      #expect(result.stdout.isEmpty)
    } else {
      #expect(!result.stdout.contains("\u{1B}"), "no escape reaches the report")
      #expect(!result.stdout.contains("31"), "no number is read from an escape sequence")
    }
  }

  @Test(arguments: cases)
  func theServerAnswers400NamingTheEdition(_ bad: Case) async throws {
    let body: [String: Any] = [
      "uk": ["base64": Data(bad.bytes!).base64EncodedString(), "filename": "uk.txt"],
      "en": String(decoding: Self.english, as: UTF8.self),
    ]
    let response = try await ServeFixture.server.post("/v1/audit", json: body)
    if bad.status == 2 {
      #expect(response.status == 400, "\(response.text)")
      let message = (response.json["error"] as? [String: Any])?["message"] as? String ?? ""
      #expect(message.hasPrefix("uk: uk.txt: " + bad.message), "\(message)")
    } else {
      #expect(response.status == 200, "\(response.text)")
      #expect(!response.text.contains("\\u001b"), "no escape reaches the document")
    }
  }

  /// The cases that are paths rather than bytes.
  @Test func pathsThatAreNotEditionFilesAreNamed() throws {
    let folder = try TemporaryFolder.make("triglot-bad-paths")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.english).write(to: folder.appendingPathComponent("en.txt"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
    let cases: [(arguments: [String], message: String)] = [
      (["--uk", "missing.txt", "--en", "en.txt"], "triglot: missing.txt: no such file"),
      (["--uk", "folder.txt", "--en", "en.txt"], "triglot: folder.txt: is a directory"),
      (["--uk", "en.txt", "--en", "en.txt"], "triglot: en.txt: given twice (also as en.txt)"),
      (["--uk", "/dev/null", "--en", "en.txt"], "triglot: /dev/null: the input is empty"),
    ]
    for (arguments, message) in cases {
      let result = try CLIRunner.run(["audit"] + arguments, directory: folder)
      #expect(result.status == 2, "\(arguments): \(result.stderr)")
      #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
    }
  }

  /// A FIFO, a pipe and process substitution are read like files (they were "You don't have
  /// permission").
  @Test func pipesAndFIFOsAreRead() throws {
    let folder = try TemporaryFolder.make("triglot-fifo")
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = CLIRunner.path("Corpora/articles/01-budget-vote")
    let fifo = folder.appendingPathComponent("uk.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let binary = CLIRunner.binary.path
    let result = try CLIRunner.shell(
      "cat '\(article)/uk.txt' > '\(fifo)' & '\(binary)' detect '\(fifo)'; "
        + "cat '\(article)/en.txt' | '\(binary)' detect /dev/stdin")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("document: uk"), "\(result.stdout)")
    #expect(result.stdout.contains("document: en"), "\(result.stdout)")
  }

  /// An input over --max-input-size is refused with the limit and the flag; a regular file
  /// before it is read, a stream once it has passed the limit.
  @Test func inputsOverTheLimitAreRefusedNamingTheFlag() throws {
    let folder = try TemporaryFolder.make("triglot-limit")
    defer { try? FileManager.default.removeItem(at: folder) }
    let big = folder.appendingPathComponent("uk.txt")
    try Data(repeating: 0x61, count: 3 << 20).write(to: big)
    let file = try CLIRunner.run(["detect", "--max-input-size", "1M", big.path])
    #expect(file.status == 2)
    #expect(
      file.stderr.hasPrefix(
        "triglot: \(big.path): is 3.0 MiB, over the limit of 1 MiB on one input; give "
          + "--max-input-size SIZE"), "\(file.stderr)")
    let stream = try CLIRunner.shell(
      "head -c 3000000 /dev/zero | '\(CLIRunner.binary.path)' detect --max-input-size 1M -")
    #expect(stream.status == 2)
    #expect(stream.stderr.hasPrefix("triglot: <stdin>: holds more than 1 MiB"), "\(stream.stderr)")
  }
}

extension BadInputTableTests {
  /// A file in the wrong language for its flag is read, warned about by name on the command
  /// line, and reported by `untranslated` in both the CLI's and the server's documents.
  @Test func anEditionInTheWrongLanguageIsNamed() async throws {
    let article = "Corpora/articles/01-budget-vote"
    let cli = try CLIRunner.run(
      ["audit", "--uk", "\(article)/en.txt", "--en", "\(article)/uk.txt", "--format", "json"])
    #expect(cli.status == 1)
    #expect(
      cli.stderr.contains(
        "triglot: warning: \(article)/en.txt is used as the Ukrainian edition but reads as English"),
      "\(cli.stderr)")
    let body: [String: Any] = [
      "uk": try String(contentsOfFile: CLIRunner.path("\(article)/en.txt"), encoding: .utf8),
      "en": try String(contentsOfFile: CLIRunner.path("\(article)/uk.txt"), encoding: .utf8),
    ]
    let response = try await ServeFixture.server.post("/v1/audit", json: body)
    #expect(response.status == 200)
    for document in [cli.stdout, response.text] {
      #expect(document.contains("Ukrainian edition has a paragraph in English"))
    }
  }
}

extension BadInputTableTests {
  /// An edition of more paragraphs than one may have stops before the aligner starts: a file of
  /// a million one-word paragraphs took gigabytes and many minutes.
  @Test func tooManyParagraphsStopBeforeTheWork() async throws {
    let folder = try TemporaryFolder.make("triglot-paragraphs")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Перший.\n\nДругий.\n\nТретій.\n\nЧетвертий.\n".utf8)
      .write(to: folder.appendingPathComponent("uk.txt"))
    try Data(Self.english).write(to: folder.appendingPathComponent("en.txt"))
    let refused = try CLIRunner.run(
      ["audit", "--max-paragraphs", "3", "--uk", "uk.txt", "--en", "en.txt"], directory: folder)
    #expect(refused.status == 2)
    #expect(
      refused.stderr.hasPrefix("triglot: uk.txt: 4 paragraphs, more than the 3 one edition may have"),
      "\(refused.stderr)")
    let taken = try CLIRunner.run(
      ["audit", "--max-paragraphs", "4", "--uk", "uk.txt", "--en", "en.txt", "--fail-on", "never"],
      directory: folder)
    #expect(taken.status == 0, "\(taken.stderr)")
    // The server holds to the default.
    let many = String(repeating: "Слово.\n\n", count: 50_001)
    let response = try await ServeFixture.server.post(
      "/v1/audit", json: ["uk": ["text": many, "filename": "uk.txt"], "en": "Word."])
    #expect(response.status == 400)
    #expect(response.text.contains("uk.txt: 50001 paragraphs, more than the 50000"), "\(response.text)")
  }
}
