import Foundation
import Testing
import TriglotTestSupport

/// Nothing lost: a full or closed standard output is exit 2 with a message in every command (it
/// was a crash, or exit 0 with the output gone), and `-o` never replaces what the user did not
/// mean to replace.
@Suite("Safe output")
struct OutputSafetyTests {
  static let article = "Corpora/articles/01-budget-vote"

  /// One run of each command that writes to standard output.
  static let commands: [[String]] = [
    ["align", "--uk", "\(article)/uk.txt", "--en", "\(article)/en.txt"],
    ["align", "--uk", "\(article)/uk.txt", "--en", "\(article)/en.txt", "--format", "tmx"],
    ["audit", "--uk", "\(article)/uk.txt", "--en", "\(article)/en.txt", "--fail-on", "never"],
    // A corpus run streams its output through StreamedFile, which had its own writer.
    ["audit", "--corpus", "Corpora/pages", "--quiet", "--fail-on", "never"],
    ["normalize", "\(article)/uk.txt"],
    ["detect", "\(article)/uk.txt"],
    ["extract", "\(article)/uk.txt"],
    ["translit", "Київ"],
    ["translit", "--list"],
    ["eval", "Corpora/articles"],
    ["--help"],
  ]

  static func shellCommand(_ arguments: [String]) -> String {
    "cd '\(CLIRunner.path(""))' && '\(CLIRunner.binary.path)' "
      + arguments.map { "'\($0)'" }.joined(separator: " ")
  }

  @Test(arguments: commands)
  func aFullStandardOutputIsExit2WithAMessage(_ arguments: [String]) throws {
    let result = try CLIRunner.shell(Self.shellCommand(arguments) + " > /dev/full")
    #expect(result.status == 2, "\(result.stderr)")
    #expect(
      result.stderr.hasSuffix(
        "triglot: standard output: cannot write the result (No space left on device)\n"),
      "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test(arguments: commands)
  func aClosedStandardOutputIsExit2WithAMessage(_ arguments: [String]) throws {
    let result = try CLIRunner.shell(Self.shellCommand(arguments) + " >&-")
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("triglot: standard output is closed"), "\(result.stderr)")
  }

  /// A lost message is a lost result too: exit 2 (here the note on the file's encoding).
  @Test func aFullStandardErrorIsExit2() throws {
    let folder = try TemporaryFolder.make("triglot-stderr")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("uk.txt")
    try Data([0xFF, 0xFE] + Array("Київ".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      .write(to: file)
    let quiet = try CLIRunner.shell(Self.shellCommand(["detect", "\(Self.article)/uk.txt"]) + " 2>&- >/dev/null")
    #expect(quiet.status == 0, "nothing to say, nothing lost")
    let noted = try CLIRunner.shell(Self.shellCommand(["detect", file.path]) + " 2>/dev/full >/dev/null")
    #expect(noted.status == 2)
  }

  @Test func outputIsReplacedOnlyWithForceAndKeepsItsMode() throws {
    let folder = try TemporaryFolder.make("triglot-force")
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.json")
    try Data("old".utf8).write(to: target)
    #expect(chmod(target.path, 0o600) == 0)
    let audit = ["audit", "--uk", "\(Self.article)/uk.txt", "--en", "\(Self.article)/en.txt",
      "--fail-on", "never", "--format", "json", "-o", target.path]
    let refused = try CLIRunner.run(audit)
    #expect(refused.status == 2)
    #expect(refused.stderr == "triglot: \(target.path): already exists; give --force to replace it, or another path\n")
    #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    let forced = try CLIRunner.run(audit + ["--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("{"))
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions]
    #expect(mode as? Int == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
  }

  @Test func anInputOrAPathThatIsNotARegularFileIsRefused() throws {
    let folder = try TemporaryFolder.make("triglot-refused")
    defer { try? FileManager.default.removeItem(at: folder) }
    let edition = folder.appendingPathComponent("uk.txt")
    let original = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("\(Self.article)/uk.txt"))
    try original.write(to: edition)
    let fifo = folder.appendingPathComponent("out.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = folder.appendingPathComponent("null-link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
    let cases: [(output: String, message: String)] = [
      (edition.path, "is an input of this command"),
      (fifo, "is a FIFO (named pipe), not a regular file"),
      ("/dev/null", "is a device, not a regular file"),
      (link, "is a device, not a regular file"),
      ("", "-o '': give the name of the file to write"),
      (folder.appendingPathComponent("no/such/report.txt").path, "does not exist; create it first"),
    ]
    for (output, message) in cases {
      let result = try CLIRunner.run(
        ["audit", "--uk", edition.path, "--en", "\(Self.article)/en.txt", "--force", "-o", output])
      #expect(result.status == 2, "\(output): \(result.stderr)")
      #expect(result.stderr.contains(message), "\(output): \(result.stderr)")
    }
    #expect(try Data(contentsOf: edition) == original, "the input is untouched")
    var status = stat()
    #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  /// A link to a regular file is written through: the file gets the report, the link stays.
  @Test func aLinkToAFileIsWrittenThrough() throws {
    let folder = try TemporaryFolder.make("triglot-link")
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.txt")
    try Data("old".utf8).write(to: target)
    let link = folder.appendingPathComponent("latest.txt")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let result = try CLIRunner.run(
      ["audit", "--uk", "\(Self.article)/uk.txt", "--en", "\(Self.article)/en.txt",
       "--fail-on", "never", "--force", "-o", link.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("triglot audit:"))
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
  }

  /// TMX stays well-formed and TSV rows whole whatever control characters the text and the
  /// file names hold; no escape sequence reaches the text report.
  @Test func controlCharactersNeverReachTheOutput() throws {
    let folder = try TemporaryFolder.make("triglot-controls")
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CLIRunner.packageRoot.appendingPathComponent(Self.article)
    var uk = try String(contentsOf: root.appendingPathComponent("uk.txt"), encoding: .utf8)
    uk = uk.replacingOccurrences(
      of: "\n\n", with: " \u{1B}]0;PWNED\u{07}\u{01}\u{FFFF} a\u{2028}b \u{202E}c\n\n")
    let name = "uk\u{1B}[2J\u{01}.txt"
    try Data(uk.utf8).write(to: folder.appendingPathComponent(name))
    let en = root.appendingPathComponent("en.txt").path
    let tmx = try CLIRunner.run(["align", "--uk", name, "--en", en, "--format", "tmx"], directory: folder)
    #expect(tmx.status == 0, "\(tmx.stderr)")
    #expect(tmx.stderr.contains("took out"), "a note says what was taken out")
    #expect(!tmx.stderr.contains("\u{1B}"), "the file name is shown with its escapes visible")
    let file = folder.appendingPathComponent("out.tmx")
    try Data(tmx.stdout.utf8).write(to: file)
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
      let lint = try CLIRunner.shell("xmllint --noout '\(file.path)'")
      #expect(lint.status == 0, "\(lint.stderr)")
    }
    let tsv = try CLIRunner.run(["align", "--uk", name, "--en", en, "--format", "tsv"], directory: folder)
    let rows = tsv.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
    #expect(tsv.stdout.contains("\\u{2028}"))
    #expect(!tsv.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" })
    let text = try CLIRunner.run(["audit", "--uk", name, "--en", en, "--fail-on", "never"], directory: folder)
    #expect(!text.stdout.contains("\u{1B}"))
    #expect(!text.stdout.contains("PWNED"))
  }

  /// A file name cannot add an element to the HTML report (it went unescaped into the
  /// og:title meta tags).
  @Test func aFileNameCannotAddMarkupToTheReport() throws {
    let folder = try TemporaryFolder.make("triglot-xss")
    defer { try? FileManager.default.removeItem(at: folder) }
    let root = CLIRunner.packageRoot.appendingPathComponent(Self.article)
    let name = #"x"><img src=x onerror="document.title='PWNED'">.txt"#
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("uk.txt"), to: folder.appendingPathComponent(name))
    let result = try CLIRunner.run(
      ["audit", "--uk", name, "--en", root.appendingPathComponent("en.txt").path,
       "--fail-on", "never", "--format", "html"], directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("<img"))
    #expect(!result.stdout.contains("og:title"))
    #expect(result.stdout.contains("x&quot;&gt;&lt;img") || result.stdout.contains("x\"&gt;&lt;img"))
  }
}

extension OutputSafetyTests {
  /// A second SIGTERM ends the run at once, and still takes the temporary file with it: the old
  /// output stays as it was and nothing is left beside it. The manifest is a FIFO nobody
  /// writes to, so the run is waiting for its first line with the temporary file open.
  @Test func aSecondSignalRemovesTheTemporaryFile() throws {
    let folder = try TemporaryFolder.make("triglot-kill")
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appendingPathComponent("manifest.fifo").path
    #expect(mkfifo(manifest, 0o600) == 0)
    let output = folder.appendingPathComponent("out.jsonl")
    try Data("old\n".utf8).write(to: output)
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["audit", "--manifest", manifest, "--force", "-o", output.path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Held open for writing, so the worker's read waits instead of seeing the end.
    let writer = open(manifest, O_WRONLY)
    defer { close(writer) }
    let listing = { (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] }
    var waited = 0
    while listing().count < 3 && waited < 300 {
      usleep(20_000)
      waited += 1
    }
    #expect(listing().count == 3, "the temporary file was made: \(listing())")
    // The first signal asks the run to finish what it has (nothing: it waits for a line); a
    // later one ends it. They are sent in pairs, back to back: with 200 ms between them, a
    // loaded machine once let the first signal's orderly finish (exit 130, the report
    // written) complete before the second came. One that comes while the run sets up its
    // handling may be lost, so pairs are sent until the process is gone.
    for _ in 0..<50 where process.isRunning {
      kill(process.processIdentifier, SIGTERM)
      kill(process.processIdentifier, SIGTERM)
      usleep(200_000)
    }
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(listing().sorted() == ["manifest.fifo", "out.jsonl"])
    #expect(try String(contentsOf: output, encoding: .utf8) == "old\n")
  }
}

extension OutputSafetyTests {
  /// A tab, a line break or a quote in the text or in a folder's name never breaks a CSV row:
  /// Python's csv module reads back 13 fields in every row, the folder's name whole.
  @Test func csvRowsHoldWhateverTheTextHolds() throws {
    let folder = try TemporaryFolder.make("triglot-csv")
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = folder.appendingPathComponent("a, \"quoted\"\tarticle")
    try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
    let root = CLIRunner.packageRoot.appendingPathComponent("Corpora/articles/02-kharkiv-strike")
    for language in ["uk", "en", "ru"] {
      var text = try String(
        contentsOf: root.appendingPathComponent("\(language).txt"), encoding: .utf8)
      // A line break and a tab inside the paragraph the English edition leaves out.
      text = text.replacingOccurrences(of: "Ігор Терехов додав", with: "Ігор\tТерехов\nдодав")
      try Data(text.utf8).write(to: article.appendingPathComponent("\(language).txt"))
    }
    let csv = folder.appendingPathComponent("findings.csv")
    let result = try CLIRunner.run(
      ["audit", "--corpus", folder.path, "--format", "csv", "--fail-on", "never", "-o", csv.path])
    #expect(result.status == 0, "\(result.stderr)")
    let check = try CLIRunner.shell(
      "python3 -c \"import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline='')));"
        + " print(len(rows), sorted(set(map(len, rows))), all(r[0].endswith('a, \\\"quoted\\\"\\tarticle') for r in rows[1:]))\" "
        + "'\(csv.path)'")
    #expect(check.stdout == "3 [13] True\n", "\(check.stdout)\(check.stderr)")
  }
}
