import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot normalize")
final class NormalizeCommandTests {
  /// A folder for this test's input files, removed when the test ends.
  private let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("triglot-normalize-\(UUID().uuidString)")

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Writes `bytes` to a file in the test's folder and returns its path.
  private func temporaryFile(_ bytes: [UInt8], name: String = "input.txt") throws -> String {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func normalizesStandardInputAndReportsRepairsOnStandardError() throws {
    let input = "У Харк\u{69}в п'ять\r\nZа ринок\u{200B}.\n"
    let result = try CLIRunner.run(["normalize"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout == "У Харків п’ять\nZа ринок.\n")
    #expect(
      result.stderr == """
        <stdin>:1:3: homoglyph 'Харкiв' → 'Харків' (Latin i U+0069 → Cyrillic і U+0456)
        <stdin>:1:10: apostrophe 'п'ять' → 'п’ять' (U+0027 → U+2019)
        <stdin>:2:9: removed invisible U+200B ZERO WIDTH SPACE

        """)
  }

  @Test func namesTheFileAndCountsLinesAndColumnsInTheInput() throws {
    let path = try temporaryFile(Array("Перший рядок.\r\n\r\nBudan\u{43E}v and Kyiv.\n".utf8))
    let result = try CLIRunner.run(["normalize", path])
    #expect(result.status == 0)
    #expect(result.stdout == "Перший рядок.\n\nBudanov and Kyiv.\n")
    #expect(
      result.stderr == "\(path):3:1: homoglyph 'Budan\u{43E}v' → 'Budanov' "
        + "(Cyrillic \u{43E} U+043E → Latin o U+006F)\n")
  }

  @Test func leavesCleanTextAndMixedTokensAlone() throws {
    let input = "COVID-19, Су-25, F-16, iPhone, HIMARS, #Харк\u{69}в, user@ex\u{430}mple.com\n"
    let result = try CLIRunner.run(["normalize", "-"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout == input)
    #expect(result.stderr.isEmpty)
  }

  @Test func writesJSON() throws {
    let result = try CLIRunner.run(
      ["normalize", "--format", "json"], stdin: "a\nУ Харк\u{69}в\u{AD}\n")
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["version"] as? Int == 1)
    #expect(json["mode"] as? String == "display")
    #expect(json["file"] as? String == "<stdin>")
    #expect(json["text"] as? String == "a\nУ Харків\n")
    let repairs = try #require(json["repairs"] as? [[String: Any]])
    #expect(repairs.map { $0["kind"] as? String } == ["homoglyph", "invisible"])
    #expect(repairs.map { $0["line"] as? Int } == [2, 2])
    #expect(repairs.map { $0["column"] as? Int } == [3, 9])
    #expect(repairs.first?["before"] as? String == "Харк\u{69}в")
    #expect(repairs.first?["after"] as? String == "Харків")
    let sourceRange = try #require(repairs.first?["sourceRange"] as? [String: Int])
    #expect(sourceRange == ["start": 4, "end": 10])
  }

  @Test func buildsAMatchingKey() throws {
    let result = try CLIRunner.run(
      ["normalize", "--mode", "matching"], stdin: "«Ёлка» — п’ять,\n  мо\u{301}ва\n")
    #expect(result.status == 0)
    #expect(result.stdout == "\"елка\" - пять, мова\n")
    #expect(result.stderr.isEmpty)
  }

  @Test(arguments: [("ʼ", "пʼять"), ("'", "п'ять")])
  func usesTheChosenApostrophe(apostrophe: String, expected: String) throws {
    let result = try CLIRunner.run(["normalize", "--apostrophe", apostrophe], stdin: "п’ять")
    #expect(result.status == 0)
    #expect(result.stdout == expected)
  }

  @Test(arguments: [
    (["normalize", "--apostrophe", "ab"], "--apostrophe must be one apostrophe character"),
    (["normalize", "--apostrophe", ""], "--apostrophe must be one apostrophe character"),
    (["normalize", "--apostrophe", "a"], "--apostrophe must be one apostrophe character"),
    (["normalize", "--apostrophe", "\n"], #"got "\n""#),
    (["normalize", "--mode", "matching", "--apostrophe", "ʼ"], "applies to --mode display"),
    (["normalize", "--mode", "loud"], "--mode"),
    (["normalize", "--format", "xml"], "--format"),
    (["normalize", "a.txt", "b.txt"], "b.txt"),
  ])
  func rejectsBadUsage(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(arguments, stdin: "text")
    #expect(result.status == 64)
    #expect(result.stderr.contains(message))
    #expect(result.stdout.isEmpty)
  }

  @Test func reportsAMissingFile() throws {
    let result = try CLIRunner.run(["normalize", "no/such/file.txt"])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: no/such/file.txt: no such file\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func reportsADirectory() throws {
    let result = try CLIRunner.run(["normalize", "Sources"])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: Sources: is a directory; give a text file\n")
  }

  @Test func reportsInvalidUTF8WithItsByteOffset() throws {
    let path = try temporaryFile(Array("Київ".utf8) + [0xC3, 0x28] + Array(" ok\n".utf8))
    let result = try CLIRunner.run(["normalize", path])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("triglot: \(path): invalid UTF-8 at byte offset 8;"))
    #expect(result.stderr.contains("--lossy"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    #expect(result.stdout.isEmpty)
  }

  @Test func lossyReplacesInvalidUTF8AndWarns() throws {
    let path = try temporaryFile(Array("Київ".utf8) + [0xFF] + Array(" ok\n".utf8))
    let result = try CLIRunner.run(["normalize", "--lossy", path])
    #expect(result.status == 0)
    #expect(result.stdout == "Київ\u{FFFD} ok\n")
    #expect(result.stderr.contains("warning: \(path): replaced 1 invalid UTF-8 sequence(s)"))
    #expect(result.stderr.contains("byte offset(s) 8"))
  }

  @Test(arguments: [[UInt8](), Array(" \n\t\n".utf8)])
  func reportsAnEmptyFile(bytes: [UInt8]) throws {
    let path = try temporaryFile(bytes)
    let result = try CLIRunner.run(["normalize", path])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: \(path): the input is empty; give a file with text\n")
  }

  @Test func reportsEmptyStandardInput() throws {
    let result = try CLIRunner.run(["normalize"], stdin: "")
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: <stdin>: the input is empty; give a file with text\n")
  }

  @Test func reportsABinaryFile() throws {
    let path = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], name: "image.png")
    let result = try CLIRunner.run(["normalize", path])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("triglot: \(path): looks like a binary file (NUL byte at"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
  }

  @Test func helpDocumentsModesAndExitCodes() throws {
    let result = try CLIRunner.run(["normalize", "--help"])
    #expect(result.status == 0)
    for text in ["--mode", "--apostrophe", "--format", "--lossy", "matching", "Exit codes"] {
      #expect(result.stdout.contains(text))
    }
  }
}
