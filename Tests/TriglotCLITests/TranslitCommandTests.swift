import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot translit")
struct TranslitCommandTests {
  @Test func transliteratesItsArguments() throws {
    let result = try CLIRunner.run(["translit", "Згурський", "Знам’янка", "ЩУКА"])
    #expect(result.status == 0)
    #expect(result.stdout == "Zghurskyi Znamianka SHCHUKA\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func choosesTheStandardAndLanguage() throws {
    let iso = try CLIRunner.run(["translit", "--standard", "iso-9", "Київ"])
    #expect(iso.stdout == "Kiïv\n")
    let russian = try CLIRunner.run([
      "translit", "--lang", "ru", "--standard", "icao-9303", "Наталья",
    ])
    #expect(russian.stdout == "Natalia\n")
  }

  @Test func autoTellsRussianFromUkrainian() throws {
    #expect(try CLIRunner.run(["translit", "Подъезд Ельцин"]).stdout == "Podʺyezd Yelʹtsin\n")
    #expect(try CLIRunner.run(["translit", "Київ"]).stdout == "Kyiv\n")
    #expect(try CLIRunner.run(["translit", "что это"]).stdout == "chto eto\n")
  }

  @Test func streamsStandardInputLineByLine() throws {
    let input = "Київ — столиця.\nЩУКА і Щука\n\nЮрій, don't 2024!\r\nЗнам'янка"
    let result = try CLIRunner.run(["translit"], stdin: input)
    #expect(result.status == 0)
    #expect(
      result.stdout == "Kyiv — stolytsia.\nSHCHUKA i Shchuka\n\nYurii, don't 2024!\r\nZnamianka")
  }

  @Test func emptyInputGivesEmptyOutput() throws {
    let result = try CLIRunner.run(["translit"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test func aLongInputStreamsThroughAFile() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let line = String(repeating: "Згурський пише до Знам’янки; ", count: 60_000)
    let input = (0..<3).map { _ in line }.joined(separator: "\n") + "\nКінець"
    let inputURL = folder.appendingPathComponent("in.txt")
    try input.write(to: inputURL, atomically: true, encoding: .utf8)
    let result = try CLIRunner.shell("'\(CLIRunner.binary.path)' translit < '\(inputURL.path)'")
    let expectedLine = String(repeating: "Zghurskyi pyshe do Znamianky; ", count: 60_000)
    #expect(result.status == 0)
    #expect(result.stdout == (0..<3).map { _ in expectedLine }.joined(separator: "\n") + "\nKinets")
  }

  @Test func allShowsEveryStandardSideBySide() throws {
    let result = try CLIRunner.run(["translit", "--all", "Згурський"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 8)
    #expect(lines.first == "kmu-2010       Zghurskyi")
    #expect(lines.contains("bgn-pcgn-1965  Z·hursʹkyy"))
    #expect(lines.contains("iso-9          Zgursʹkij"))
  }

  @Test func listNamesEveryStandard() throws {
    let result = try CLIRunner.run(["translit", "--list"])
    #expect(result.status == 0)
    for id in ["kmu-2010*", "dstu-9112-a", "bgn-pcgn*", "icao-9303", "mvd-310", "wikipedia"] {
      #expect(result.stdout.contains("  \(id) "), "\(id)")
    }
    #expect(result.stdout.contains("Resolution of the Cabinet of Ministers of Ukraine No. 55"))
  }

  @Test func unknownStandardIsAUsageErrorListingTheIDs() throws {
    let result = try CLIRunner.run(["translit", "--standard", "kmu-2011", "Київ"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown standard 'kmu-2011'"))
    #expect(result.stderr.contains("kmu-2010, ala-lc"))
    #expect(result.stdout.isEmpty)
    let wrongLanguage = try CLIRunner.run(["translit", "--lang", "ru", "--standard", "kmu-2010"])
    #expect(wrongLanguage.status == 64)
  }

  @Test func allWithStandardIsAUsageError() throws {
    let result = try CLIRunner.run(["translit", "--all", "--standard", "iso-9", "Київ"])
    #expect(result.status == 64)
  }

  @Test func invalidUTF8OnStandardInputNamesTheLine() throws {
    let result = try CLIRunner.shell(
      "printf 'Київ\\nok\\n\\377\\376 bad\\n' | '\(CLIRunner.binary.path)' translit")
    #expect(result.status == 2)
    #expect(result.stdout == "Kyiv\nok\n")
    #expect(result.stderr.hasPrefix("triglot: <stdin>: invalid UTF-8 on line 3 (byte offset 12)"))
    #expect(!result.stderr.contains("Fatal"))
  }

  @Test func installedBinaryWorksFromAnotherDirectory() throws {
    let prefix = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: prefix) }
    // `-o build` installs the binary under test instead of making a release build first.
    let install = try CLIRunner.shell(
      "make -s -C '\(CLIRunner.packageRoot.path)' -o build install "
        + "PREFIX='\(prefix.path)' BIN='\(CLIRunner.binary.path)'")
    #expect(install.status == 0, "\(install.stderr)")
    let installed = prefix.appendingPathComponent("bin/triglot").path
    let result = try CLIRunner.shell(
      "cd / && printf 'Згурський\\nЄнакієве' | '\(installed)' translit --standard kmu-2010 "
        + "&& '\(installed)' translit --lang ru Щука")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Zghurskyi\nYenakiieveShchuka\n")
  }

  // MARK: Language: Ukrainian unless the text shows Russian

  @Test(arguments: [
    (["Гончаренко", "Ганна", "Богдан", "Григорович"], "Honcharenko Hanna Bohdan Hryhorovych"),
    (["Юлия"], "Yuliya"),
    (["Наталья", "Васильева"], "Natalʹya Vasilʹyeva"),
    (["--lang", "ru", "Гончаренко"], "Goncharenko"),
    (["--lang", "ru", "--standard", "mvd-310", "Юлия", "Васильева"], "Yuliya Vasilyeva"),
  ])
  func ambiguousNamesAreUkrainianAndRussianOnesRussian(_ arguments: [String], _ expected: String)
    throws
  {
    let result = try CLIRunner.run(["translit"] + arguments)
    #expect(result.status == 0)
    #expect(result.stdout == expected + "\n")
  }

  @Test func aListOfNamesOnStandardInputIsUkrainian() throws {
    let names = "Гончаренко\nГанна\nБогдан\nГригорович\nШевченко\nКоваленко\nБондаренко\nТкаченко\n"
    let result = try CLIRunner.run(["translit"], stdin: names)
    #expect(
      result.stdout
        == "Honcharenko\nHanna\nBohdan\nHryhorovych\nShevchenko\nKovalenko\nBondarenko\nTkachenko\n")
  }

  @Test func runningRussianTextOnStandardInputIsRussian() throws {
    let text = "Верховная Рада приняла закон о государственном бюджете на следующий год.\n"
    let result = try CLIRunner.run(["translit"], stdin: text)
    #expect(result.stdout.hasPrefix("Verkhovnaya Rada prinyala zakon"))
  }

  @Test func helpSaysAnAmbiguousWordIsUkrainian() throws {
    let help = try CLIRunner.run(["translit", "--help"]).stdout
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("(Ukrainian unless the text shows Russian)"))
    #expect(help.contains("An ambiguous word is Ukrainian: Гончаренко is Honcharenko"))
    #expect(help.contains("--names <FILE>"))
    #expect(help.contains("with --reverse a name without Latin letters"))
  }

  // MARK: House style (--names)

  static let example = CLIRunner.path("Docs/house-names.example.tsv")

  @Test func listedNamesWinOverTheStandard() throws {
    let result = try CLIRunner.run([
      "translit", "--names", Self.example, "Андрій Юсов: «Вагнер» і Вагнера, Кличко, Петренко",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Andriy Yusov: «Wagner» i Wagnera, Klitschko, Petrenko\n")
  }

  @Test func listedNamesWinOnStandardInputAndInEveryColumn() throws {
    let streamed = try CLIRunner.run(
      ["translit", "--names", Self.example], stdin: "Вагнер\nЗеленський і ЗЕЛЕНСЬКИЙ\n")
    #expect(streamed.stdout == "Wagner\nZelenskyy i ZELENSKYY\n")
    let all = try CLIRunner.run(["translit", "--names", Self.example, "--all", "Вагнер"])
    #expect(all.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix("  Wagner") })
  }

  @Test func aBadNamesFileIsAnInputErrorNamingTheLine() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("house.tsv")
    try "# house\nЮсов\tYusov\nВагнер Wagner\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["translit", "--names", file.path, "Юсов"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "triglot: \(file.path):3: no tab between the Cyrillic and the Latin form in “Вагнер "
        + "Wagner”; a line is CYRILLIC<TAB>LATIN[<TAB>NOTE], # starts a comment\n")
    let missing = try CLIRunner.run(["translit", "--names", "nonexistent.tsv", "Юсов"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "triglot: nonexistent.tsv: no such file\n")
  }

  @Test func namesDoNotCombineWithReverse() throws {
    let result = try CLIRunner.run([
      "translit", "--reverse", "--lang", "uk", "--names", Self.example, "Yusov",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--names applies to transliteration, not to --reverse"))
  }
}
