import Foundation
import Testing
import TriglotTestSupport

/// `triglot audit --manifest FILE|-`: the streaming worker that cluster engines run.
@Suite("triglot audit --manifest")
struct AuditManifestCommandTests {
  static let corpus = CLIRunner.packageRoot.appendingPathComponent("Corpora/articles").path

  static func entry(_ id: Any, _ slug: String, languages: [String] = ["uk", "en", "ru"]) throws
    -> String
  {
    var object: [String: Any] = ["id": id]
    for language in languages { object[language] = "\(corpus)/\(slug)/\(language).txt" }
    return String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
      as: UTF8.self)
  }

  static func lines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func answersEveryLineInOrderWithItsIdAndLine() throws {
    let manifest = [
      try Self.entry("budget", "01-budget-vote"), "",
      try Self.entry(2, "02-kharkiv-strike", languages: ["uk", "en"]),
      #"{"uk_text": "Рада ухвалила бюджет на 2026 рік.", "en_text": "The Rada passed the 2027 budget."}"#,
      "not json", #"{"id": "bad", "uk": "a.txt", "de": "b.txt"}"#,
      #"{"id": "gone", "uk": "/nonexistent/uk.txt", "en": "/nonexistent/en.txt"}"#,
    ].joined(separator: "\n") + "\n"
    let result = try CLIRunner.run(["audit", "--manifest", "-"], stdin: manifest)
    #expect(result.status == 0, "every line answered: \(result.stderr)")
    let lines = try Self.lines(result.stdout)
    #expect(lines.count == 6, "the blank line has no answer")
    #expect(lines.map { $0["line"] as? Int } == [1, 3, 4, 5, 6, 7])
    #expect(lines[0]["id"] as? String == "budget")
    #expect(lines[0]["fails"] as? Bool == false)
    #expect(lines[1]["id"] as? Int == 2)
    #expect(lines[1]["fails"] as? Bool == true)
    #expect((lines[1]["editions"] as? [[String: Any]])?.map { $0["lang"] as? String } == ["uk", "en"])
    #expect(lines[2]["id"] == nil)
    let inline = try #require(lines[2]["findings"] as? [[String: Any]])
    #expect(inline.map { $0["rule"] as? String } == ["number-mismatch"])
    func message(_ line: [String: Any]) -> String? {
      (line["error"] as? [String: Any])?["message"] as? String
    }
    #expect(message(lines[3]) == "<stdin> line 5: not a JSON object (the line is not valid JSON)")
    #expect(message(lines[4])?.hasPrefix("<stdin> line 6: unknown key \"de\"") == true)
    #expect(lines[4]["id"] as? String == "bad")
    #expect(message(lines[5]) == "/nonexistent/uk.txt: no such file")
    for line in lines { #expect(line["version"] as? Int == 1) }
  }

  /// A process fed one line at a time (a coprocess, a pipe that Spark keeps open) answers each
  /// line before the next one is written.
  @Test func answersALineBeforeTheNextArrives() throws {
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["audit", "--manifest", "-"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let reader = output.fileHandleForReading
    var buffered = Data()
    func readLine() -> String? {
      while true {
        if let newline = buffered.firstIndex(of: 0x0A) {
          let line = String(decoding: buffered[..<newline], as: UTF8.self)
          buffered.removeSubrange(...newline)
          return line
        }
        let chunk = reader.availableData
        if chunk.isEmpty { return nil }
        buffered += chunk
      }
    }
    for (index, slug) in ["01-budget-vote", "04-opera-premiere"].enumerated() {
      input.fileHandleForWriting.write(Data((try Self.entry(index, slug) + "\n").utf8))
      let line = try #require(readLine(), "an answer while standard input stays open")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["id"] as? Int == index)
    }
    try input.fileHandleForWriting.close()
    #expect(readLine() == nil)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func aManifestThatCannotBeReadIsAnInputError() throws {
    let result = try CLIRunner.run(["audit", "--manifest", "/nonexistent/manifest.jsonl"])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: /nonexistent/manifest.jsonl: no such file\n")
    #expect(result.stdout.isEmpty)
  }
}
