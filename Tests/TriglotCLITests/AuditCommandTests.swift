import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot audit")
struct AuditCommandTests {
  static func article(_ slug: String) -> [String] {
    ["uk", "en", "ru"].flatMap {
      ["--\($0)", CLIRunner.path("Corpora/articles/\(slug)/\($0).txt")]
    }
  }

  static let strike = article("02-kharkiv-strike")
  static let clean = article("01-budget-vote")


  @Test func textReportSummarizesEditionsAndFindings() throws {
    let result = try CLIRunner.run(["audit"] + Self.strike)
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("triglot audit: 3 editions") == true)
    #expect(
      lines.filter { $0.hasPrefix("  uk ") || $0.hasPrefix("  en ") || $0.hasPrefix("  ru ") }.count
        == 3)
    #expect(
      result.stdout.contains(
        "number-mismatch  Russian edition says 265 where Ukrainian and English say 256"))
    #expect(result.stdout.contains("[265]"), "the differing value is marked without colour")
    #expect(!result.stdout.contains("\u{1B}["), "no colour through a pipe")
    #expect(result.stderr.isEmpty)
  }

  /// Every line fits `COLUMNS`, the message hangs under its first word, and groups and
  /// paragraphs are numbered from 1 (the JSON's group 13, paragraph 11 is Group 14, ¶12).
  @Test(arguments: [80, 44])
  func textFitsTheColumnsAndNumbersFromOne(columns: Int) throws {
    let result = try CLIRunner.run(["audit"] + Self.strike, environment: ["COLUMNS": "\(columns)"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for line in lines {
      #expect(line.count <= columns, "wider than COLUMNS=\(columns): \(line)")
    }
    #expect(lines.contains("Group 14  uk ¶12 · en ¶11 · ru ¶11"))
    #expect(result.stdout.contains("[265]"))
    if columns == 80 {
      #expect(lines.contains("                           say 256"))
    }
  }

  @Test func colourIsForcedWithColor() throws {
    let result = try CLIRunner.run(["audit", "--color"] + Self.strike)
    #expect(result.stdout.contains("\u{1B}["))
  }

  @Test func jsonAddsFindingsAndCoverageToTheAlignDocument() throws {
    let result = try CLIRunner.cachedRun(["audit", "--format", "json"] + Self.strike)
    #expect(result.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 1)
    #expect((document["editions"] as? [Any])?.count == 3)
    #expect((document["groups"] as? [Any])?.isEmpty == false)
    let findings = try #require(document["findings"] as? [[String: Any]])
    let number = try #require(findings.first { $0["rule"] as? String == "number-mismatch" })
    #expect(number["severity"] as? String == "error")
    #expect(number["edition"] as? String == "ru")
    #expect((number["values"] as? [String: [String]])?["ru"] == ["265"])
    #expect((number["paragraphs"] as? [String: [Int]])?["uk"] == [11])
    let coverage = try #require(document["coverage"] as? [String: Any])
    #expect(["uk", "en", "ru"].contains(coverage["source"] as? String ?? ""))
  }

  @Test func positionalFilesWork() throws {
    let files = ["ru", "uk", "en"].map {
      CLIRunner.path("Corpora/articles/02-kharkiv-strike/\($0).txt")
    }
    let result = try CLIRunner.run(["audit", "--format", "json"] + files)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"number-mismatch\""))
  }

  static let exitCases: [([String], Int32)] = [
    (["--fail-on", "never"], 0),
    (["--fail-on", "error"], 1),
    (["--disable", "missing", "--disable", "number-mismatch"], 0),
    (["--disable", "missing", "--disable", "number-mismatch", "--fail-on", "info"], 0),
    (["--fail-on", "never", "--source", "uk", "--fail-under", "99"], 1),
    (["--fail-on", "never", "--fail-under", "50"], 0),
    (["--min-severity", "error", "--fail-on", "never"], 0),
  ]

  @Test(arguments: exitCases)
  func exitCodes(_ options: [String], _ status: Int32) throws {
    let result = try CLIRunner.run(["audit"] + options + Self.strike)
    #expect(result.status == status, "\(options): \(result.stderr)")
  }

  @Test func aFailedCoverageThresholdSaysWhichEditionAndByHowMuch() throws {
    let result = try CLIRunner.run(
      ["audit", "--fail-on", "never", "--fail-under", "95", "--format", "json"] + Self.strike)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "triglot: exit 1: the English edition covers 90.6% of the Ukrainian edition's "
        + "characters, below --fail-under 95 by 4.4 points\n")
  }

  /// `--formt json` leaves `json` as a positional argument; the parser's own message about the
  /// mistyped option is what the user needs, not one about mixing files with --uk/--en/--ru.
  @Test func aMistypedOptionIsNamed() throws {
    let result = try CLIRunner.run(["audit"] + Self.strike + ["--formt", "json"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Unknown option '--formt'. Did you mean '--format'?"))
    #expect(!result.stderr.contains("not both"))
  }

  @Test func aCleanArticlePasses() throws {
    let result = try CLIRunner.run(["audit"] + Self.clean)
    #expect(result.status == 0)
    #expect(result.stdout.contains("No findings."))
  }

  @Test func disabledRulesAreLeftOut() throws {
    let result = try CLIRunner.run(["audit", "--disable", "number-mismatch"] + Self.strike)
    #expect(!result.stdout.contains("number-mismatch"))
    #expect(result.stdout.contains("missing"))
  }

  @Test func minSeverityFiltersWhatIsShown() throws {
    let result = try CLIRunner.run(
      ["audit", "--min-severity", "error", "--format", "json"]
        + Self.article("05-football-qualifier"))
    #expect(!result.stdout.contains("\"warning\""))
    #expect(result.stdout.contains("\"error\""))
  }

  @Test func unknownRuleIsAUsageErrorListingTheRules() throws {
    let result = try CLIRunner.run(["audit", "--disable", "spelling"] + Self.strike)
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown rule 'spelling'"))
    #expect(result.stderr.contains("missing, number-mismatch, date-mismatch"))
  }

  static let badOptions: [[String]] = [
    ["--fail-under", "120"], ["--format", "pdf"], ["--min-severity", "fatal"],
    ["--fail-on", "sometimes"],
  ]

  @Test(arguments: badOptions)
  func badOptionsAreUsageErrors(_ options: [String]) throws {
    let result = try CLIRunner.run(["audit"] + options + Self.strike)
    #expect(result.status == 64)
  }

  @Test func oneEditionIsAUsageError() throws {
    let result = try CLIRunner.run([
      "audit", "--uk", CLIRunner.path("Corpora/articles/02-kharkiv-strike/uk.txt"),
    ])
    #expect(result.status == 64)
  }

  @Test func aMissingFileIsAnInputError() throws {
    let result = try CLIRunner.run(["audit", "--uk", "/no/such/uk.txt", "--en", "/no/such/en.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("triglot: /no/such/uk.txt: no such file"))
  }

  @Test func aSourceThatWasNotGivenIsAnInputError() throws {
    let paths = Array(Self.strike.prefix(4))
    let result = try CLIRunner.run(["audit", "--source", "ru"] + paths)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--source ru"))
  }

  @Test func outputIsWrittenAtomically() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.html")
    try Data("old report".utf8).write(to: target)
    // Without --force the report there is kept, and said so before any work.
    let refused = try CLIRunner.run(["audit", "--format", "html", "-o", target.path] + Self.strike)
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("\(target.path): already exists; give --force"))
    #expect(try String(contentsOf: target, encoding: .utf8) == "old report")
    let result = try CLIRunner.run(
      ["audit", "--format", "html", "--force", "-o", target.path] + Self.strike)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: target, encoding: .utf8)
    #expect(written.hasPrefix("<!DOCTYPE html>"))
    #expect(written.hasSuffix("</html>\n"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["report.html"], "no temporary file is left behind")
  }

  @Test func anUnwritableOutputKeepsTheOldFile() throws {
    let result = try CLIRunner.run(
      ["audit", "--format", "json", "-o", "/no/such/folder/report.json"] + Self.strike)
    #expect(result.status == 2)
    #expect(result.stderr.contains("/no/such/folder/report.json"))
    #expect(result.stderr.contains("does not exist"))
  }

  // MARK: House style (--names)

  /// An article whose English edition follows a house style (Wagner, Naftogaz, PrivatBank,
  /// Andriy Yusov, Klitschko) except once, where it writes the standard's Klychko; written to
  /// `folder` as uk.txt and en.txt.
  static func writeHouseStyledArticle(to folder: URL) throws -> [String] {
    let uk = """
      Речник ГУР Андрій Юсов розповів, що ПВК «Вагнер» відступила від міста.

      За словами Юсова, «Вагнер» втратив сотні бійців біля Бахмута за тиждень.

      Компанія «Нафтогаз» і банк «ПриватБанк» оголосили про нові тарифи для населення.

      Голова правління «Нафтогаз» підписав угоду з європейськими партнерами.

      Мер Києва Віталій Кличко відвідав поранених у міській лікарні.
      """
    let en = """
      GUR spokesman Andriy Yusov said that the Wagner group had retreated from the city.

      According to Yusov, Wagner had lost hundreds of fighters near Bakhmut in a week.

      The company Naftogaz and the bank PrivatBank announced new tariffs for households.

      The chairman of Naftogaz signed an agreement with European partners.

      Kyiv Mayor Vitalii Klychko visited the wounded in the city hospital.
      """
    try uk.write(to: folder.appendingPathComponent("uk.txt"), atomically: true, encoding: .utf8)
    try en.write(to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
    return ["--uk", folder.appendingPathComponent("uk.txt").path,
      "--en", folder.appendingPathComponent("en.txt").path]
  }

  @Test func theHouseListRemovesTheStandardsFalseWarningsAndFindsItsBreach() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try Self.writeHouseStyledArticle(to: folder)
    let example = CLIRunner.path("Docs/house-names.example.tsv")
    let standard = try CLIRunner.run(
      ["audit", "--standard", "kmu-2010", "--format", "json", "--fail-on", "never"] + files)
    let falseWarnings = try Self.spellingMessages(standard.stdout)
    #expect(falseWarnings.count == 5, "\(falseWarnings)")
    #expect(falseWarnings.contains("English edition spells Wagner where kmu-2010 gives Vahner"))
    #expect(!falseWarnings.contains { $0.contains("Klychko") })
    let house = try CLIRunner.run(
      ["audit", "--standard", "kmu-2010", "--names", example, "--format", "json", "--fail-on",
        "never"] + files)
    #expect(house.status == 0, "\(house.stderr)")
    #expect(
      try Self.spellingMessages(house.stdout) == [
        "English edition spells Klychko where the house style (\(example):15) gives Klitschko"
      ])
    let failing = try CLIRunner.run(["audit", "--names", example, "--fail-on", "warning"] + files)
    #expect(failing.status == 1)
    #expect(failing.stdout.contains("gives Klitschko"))
  }

  @Test func aBadNamesFileIsAnInputError() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("house.tsv")
    try "Вагнер\tWagner\nYusov\tЮсов\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["audit", "--names", file.path] + Self.strike)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix(
        "triglot: \(file.path):2: the first field “Yusov” is not a Cyrillic name"))
  }

  @Test func withoutTheDictionariesTheAuditFallsBackToTheRules() throws {
    let result = try CLIRunner.run(
      ["audit", "--format", "json"] + Self.strike, environment: ["TRIGLOT_HUNSPELL_PATH": ""])
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    let withDictionaries = try CLIRunner.cachedRun(["audit", "--format", "json"] + Self.strike)
    let groups = { (json: String) throws -> [[String]] in
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let groups = try #require(document["groups"] as? [[String: Any]])
      return groups.map { group in ["uk", "en", "ru"].map { "\(group[$0] ?? "")" } }
    }
    #expect(try groups(result.stdout) == groups(withDictionaries.stdout))
    #expect(
      try Self.spellingMessages(result.stdout)
        == Self.spellingMessages(withDictionaries.stdout))
  }

  static func spellingMessages(_ json: String) throws -> [String] {
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let findings = try #require(document["findings"] as? [[String: Any]])
    return findings.filter { $0["rule"] as? String == "name-spelling" }
      .compactMap { $0["message"] as? String }
  }
}
