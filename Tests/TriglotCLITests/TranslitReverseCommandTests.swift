import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot translit --reverse")
struct TranslitReverseCommandTests {
  @Test(arguments: [
    ("uk", "Budanov", "Буданов"),
    ("uk", "Zelenskyy", "Зеленський"),
    ("uk", "Andriy", "Андрій"),
    ("ru", "Yevgeny", "Евгений"),
    ("ru", "Evgenii", "Евгений"),
  ])
  func ranksTheExpectedSpellingFirst(lang: String, name: String, expected: String) throws {
    let result = try CLIRunner.run(["translit", "--reverse", "--lang", lang, name])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == Substring(name))
    #expect(lines.dropFirst().first?.contains("1. \(expected) ") == true)
  }

  @Test func jsonListsCandidatesWithScores() throws {
    let result = try CLIRunner.run([
      "translit", "--reverse", "--lang", "ru", "--limit", "3", "--format", "json", "Kirill",
    ])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    #expect(object["language"] as? String == "ru")
    let results = try #require(object["results"] as? [[String: Any]])
    #expect(results.first?["input"] as? String == "Kirill")
    let candidates = try #require(results.first?["candidates"] as? [[String: Any]])
    #expect((1...3).contains(candidates.count))
    #expect(candidates.first?["text"] as? String == "Кирилл")
    let scores = candidates.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
  }

  @Test func readsOneNamePerLineFromStandardInput() throws {
    let result = try CLIRunner.run(
      ["translit", "--reverse", "--lang", "uk", "--limit", "1"], stdin: "Kharkiv\n\nShchuka\n")
    #expect(result.status == 0)
    #expect(result.stdout == "Kharkiv\n  1. Харків  1.000\nShchuka\n  1. Щука  1.000\n")
  }

  @Test(arguments: [
    ["translit", "--reverse", "Budanov"],
    ["translit", "--reverse", "--lang", "uk", "--standard", "kmu-2010", "Budanov"],
    ["translit", "--reverse", "--lang", "uk", "--limit", "0", "Budanov"],
    ["translit", "--format", "json", "Київ"],
  ])
  func misuseIsAUsageError(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
  }

  @Test func cyrillicInputHasNothingToRead() throws {
    let result = try CLIRunner.run(["translit", "--reverse", "--lang", "uk", "Київ", "Kyiv"])
    #expect(result.status == 2)
    #expect(result.stdout.hasPrefix("Київ\n  (no Latin letters to read)\nKyiv\n  1. Київ"))
    #expect(
      result.stderr
        == "triglot: “Київ”: nothing to read: --reverse reads Latin spellings and this is "
        + "Cyrillic already (drop --reverse to write it in Latin letters)\n")
    let digits = try CLIRunner.run(["translit", "--reverse", "--lang", "ru", "42"])
    #expect(digits.status == 2)
    #expect(digits.stderr.contains("“42”: no Latin letters to read"))
  }

  @Test func jsonScoresAreRoundedToThreePlaces() throws {
    let result = try CLIRunner.run([
      "translit", "--reverse", "--lang", "uk", "--format", "json", "Zelenskyy", "Navalny",
    ])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let results = try #require(object["results"] as? [[String: Any]])
    let scores = results.flatMap { ($0["candidates"] as? [[String: Any]]) ?? [] }
      .compactMap { $0["score"] as? Double }
    #expect(scores.count >= 5)
    #expect(scores.allSatisfy { abs($0 * 1000 - ($0 * 1000).rounded()) < 1e-6 }, "\(scores)")
    for line in result.stdout.split(separator: "\n") where line.contains("\"score\"") {
      let digits = line.split(separator: ".").last.map { $0.filter(\.isNumber) } ?? ""
      #expect(digits.count <= 3, "\(line)")
    }
  }
}
