import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot detect")
struct DetectCommandTests {
  static let ukrainian = """
    Верховна Рада ухвалила закон про державний бюджет на наступний рік.

    Його підтримали 257 народних депутатів, повідомив голова комітету.
    """
  static let english = """
    The parliament approved the state budget for next year.

    It was supported by 257 lawmakers, the committee chairman said.
    """
  static let russian = """
    Верховная Рада приняла закон о государственном бюджете на следующий год.

    Его поддержали 257 народных депутатов, сообщил глава комитета.
    """

  /// A fresh folder with the given files (name → bytes).
  static func folder(_ files: [String: [UInt8]]) throws -> URL {
    let url = try TemporaryFolder.make("triglot-detect")
    for (name, bytes) in files {
      try Data(bytes).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  static func editions() throws -> URL {
    try folder([
      "uk.txt": Array(ukrainian.utf8), "en.txt": Array(english.utf8),
      "ru.txt": Array(russian.utf8),
    ])
  }

  static func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func textOutputIsATablePerFile() throws {
    let dir = try Self.editions()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(["detect", "uk.txt"], directory: dir)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "uk.txt")
    #expect(lines[1].hasPrefix("#  language  confidence  letters  text"))
    #expect(lines[2].hasPrefix("0  uk "))
    #expect(lines[2].contains("Верховна Рада ухвалила закон про державний бюджет…"))
    #expect(lines[3].hasPrefix("1  uk "))
    #expect(lines.last?.hasPrefix("document: uk (confidence ") == true)
    // Columns line up whatever the script of the text.
    #expect(
      lines[1].firstRange(of: "text")?.lowerBound.utf16Offset(in: lines[1])
        == lines[2].firstRange(of: "Верховна")?.lowerBound.utf16Offset(in: lines[2]))
  }

  @Test func jsonForOneFile() throws {
    let dir = try Self.editions()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(["detect", "--format", "json", "ru.txt"], directory: dir)
    #expect(result.status == 0)
    let object = try Self.json(result.stdout)
    #expect(object["version"] as? Int == 1)
    #expect(object["path"] as? String == "ru.txt")
    #expect(object["language"] as? String == "ru")
    let confidence = try #require(object["confidence"] as? Double)
    #expect(confidence > 0.9 && confidence <= 1)
    let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.map { $0["index"] as? Int } == [0, 1])
    #expect(paragraphs.map { $0["language"] as? String } == ["ru", "ru"])
    #expect(paragraphs.allSatisfy { ($0["confidence"] as? Double).map { $0 > 0 } == true })
    // Keys are sorted.
    let keys = ["\"confidence\"", "\"language\"", "\"letters\"", "\"paragraphs\"", "\"path\""]
    let offsets = keys.compactMap { result.stdout.firstRange(of: $0)?.lowerBound }
    #expect(offsets.count == keys.count && offsets == offsets.sorted())
  }

  @Test func severalFiles() throws {
    let dir = try Self.editions()
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = try CLIRunner.run(
      ["detect", "--format", "json", "uk.txt", "en.txt", "ru.txt"], directory: dir)
    #expect(json.status == 0)
    let object = try Self.json(json.stdout)
    #expect(object["version"] as? Int == 1)
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.map { $0["path"] as? String } == ["uk.txt", "en.txt", "ru.txt"])
    #expect(files.map { $0["language"] as? String } == ["uk", "en", "ru"])

    let text = try CLIRunner.run(["detect", "uk.txt", "en.txt", "ru.txt"], directory: dir)
    #expect(text.status == 0)
    for language in ["uk", "en", "ru"] {
      #expect(text.stdout.contains("\(language).txt\n#  language"))
      #expect(text.stdout.contains("document: \(language) ("))
    }
  }

  @Test(arguments: [[], ["-"]])
  func readsStandardInput(arguments: [String]) throws {
    let result = try CLIRunner.run(
      ["detect", "--format", "json"] + arguments, stdin: Self.russian)
    #expect(result.status == 0)
    let object = try Self.json(result.stdout)
    #expect(object["path"] as? String == "-")
    #expect(object["language"] as? String == "ru")
  }

  @Test func documentWithTwoLanguagesIsMixed() throws {
    let result = try CLIRunner.run(
      ["detect", "--format", "json"], stdin: Self.ukrainian + "\n\n" + Self.russian)
    #expect(result.status == 0)
    let object = try Self.json(result.stdout)
    #expect(object["language"] as? String == "mixed")
  }

  /// Bad input: (file name, bytes or nil for a folder, text the one-line error must contain).
  static let badInputs: [(String, [UInt8]?, String)] = [
    ("empty.txt", [], "empty"),
    ("blank.txt", Array(" \n\n\t\n".utf8), "empty"),
    ("binary.bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08], "binary"),
    ("cp1251.txt", Array("Київ ".utf8) + [0xCA, 0xE8, 0xBF, 0xE2], "byte offset 9"),
    ("folder", nil, "directory"),
  ]

  @Test(arguments: badInputs)
  func badInputIsOneLineAndExitCode2(name: String, bytes: [UInt8]?, problem: String) throws {
    let dir = try Self.folder(bytes.map { [name: $0] } ?? [:])
    defer { try? FileManager.default.removeItem(at: dir) }
    if bytes == nil {
      try FileManager.default.createDirectory(
        at: dir.appendingPathComponent(name), withIntermediateDirectories: true)
    }
    let result = try CLIRunner.run(["detect", name], directory: dir)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(result.stderr)")
    #expect(lines.first?.hasPrefix("triglot: \(name): ") == true, "\(result.stderr)")
    #expect(result.stderr.contains(problem), "\(result.stderr)")
  }

  @Test func missingFile() throws {
    let dir = try Self.folder([:])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(["detect", "nope.txt"], directory: dir)
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: nope.txt: no such file\n")
  }

  @Test func emptyStandardInput() throws {
    let result = try CLIRunner.run(["detect"], stdin: "")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("triglot: <stdin>: the input is empty"))
  }

  @Test func lossyReplacesInvalidBytesAndWarns() throws {
    let dir = try Self.folder(["bad.txt": Array(Self.ukrainian.utf8) + [0xFF]])
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(["detect", "--lossy", "bad.txt"], directory: dir)
    #expect(result.status == 0)
    #expect(result.stdout.contains("document: uk"))
    #expect(result.stderr.contains("bad.txt: replaced 1 invalid UTF-8 sequence"))
  }

  @Test func aBadFileAmongSeveralIsReportedAndExitsWith2() throws {
    let dir = try Self.editions()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(
      ["detect", "--format", "json", "uk.txt", "missing.txt", "en.txt"], directory: dir)
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: missing.txt: no such file\n")
    let files = try #require(try Self.json(result.stdout)["files"] as? [[String: Any]])
    #expect(files.map { $0["path"] as? String } == ["uk.txt", "en.txt"])
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CLIRunner.run(["detect", "--format", "xml"], stdin: "text")
    #expect(result.status == 64)
  }
}
