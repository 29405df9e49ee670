import Foundation
import Testing
import TriglotTestSupport
import XMLCoder

@Suite("triglot align")
struct AlignCommandTests {
  static let article = "Corpora/articles/02-kharkiv-strike"
  var uk: String { CLIRunner.path("\(Self.article)/uk.txt") }
  var en: String { CLIRunner.path("\(Self.article)/en.txt") }
  var ru: String { CLIRunner.path("\(Self.article)/ru.txt") }

  /// The parts of the version-1 JSON document that are a public contract.
  struct Document: Decodable {
    struct Paragraph: Decodable {
      var index: Int
      var text: String
      var language: String
      var boilerplate: Bool
    }
    struct EditionEntry: Decodable {
      var lang: String
      var path: String
      var paragraphs: [Paragraph]
    }
    struct Group: Decodable {
      var uk: [Int]
      var en: [Int]
      var ru: [Int]
      var confidence: Double
    }
    var version: Int
    var editions: [EditionEntry]
    var groups: [Group]
  }

  func json(_ arguments: [String]) throws -> Document {
    let result = try CLIRunner.run(["align", "--format", "json"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
  }

  @Test func jsonFollowsTheVersionOneSchema() throws {
    let document = try json(["--uk", uk, "--en", en, "--ru", ru])
    #expect(document.version == 1)
    #expect(document.editions.map(\.lang) == ["uk", "en", "ru"])
    #expect(document.editions[0].path == uk)
    for edition in document.editions {
      #expect(edition.paragraphs.map(\.index) == Array(edition.paragraphs.indices))
      let indices = document.groups.flatMap { group in
        edition.lang == "uk" ? group.uk : edition.lang == "en" ? group.en : group.ru
      }
      #expect(indices == Array(edition.paragraphs.indices), "\(edition.lang) not partitioned")
    }
    #expect(document.groups.allSatisfy { (0...1).contains($0.confidence) })
    #expect(document.editions[0].paragraphs[0].boilerplate)
    #expect(document.editions[0].paragraphs[1].language == "uk")
    #expect(document.groups.contains { !$0.uk.isEmpty && $0.en.isEmpty && !$0.ru.isEmpty })
  }

  @Test func paragraphLanguagesShowUntranslatedTextAndNoLanguageForTheSwitcher() throws {
    let folder = "Corpora/articles/06-energy-grid"
    let document = try json([
      "--uk", CLIRunner.path("\(folder)/uk.txt"), "--ru", CLIRunner.path("\(folder)/ru.txt"),
    ])
    let ukrainian = document.editions[0].paragraphs
    #expect(ukrainian[0].boilerplate && ukrainian[0].language == "other")
    #expect(ukrainian[15].language == "ru")
    #expect(ukrainian.filter { $0.language == "ru" }.map(\.index) == [15])
  }

  @Test func swappedFilesAreWarnedAbout() throws {
    let result = try CLIRunner.run(["align", "--uk", ru, "--ru", uk, "--format", "json"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("\(ru) is used as the Ukrainian edition but reads as Russian"))
    #expect(result.stderr.contains("\(uk) is used as the Russian edition but reads as Ukrainian"))
    let clean = try CLIRunner.run(["align", "--uk", uk, "--ru", ru, "--format", "json"])
    #expect(clean.stderr.isEmpty)
  }

  @Test func jsonHasEveryLanguageKeyInEveryGroup() throws {
    let result = try CLIRunner.run(["align", "--format", "json", "--uk", uk, "--en", en])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let groups = try #require(object?["groups"] as? [[String: Any]])
    #expect(!groups.isEmpty)
    for group in groups {
      #expect(group["uk"] is [Int] && group["en"] is [Int] && group["ru"] is [Int])
      #expect((group["ru"] as? [Int])?.isEmpty == true)
    }
  }

  @Test func detectsLanguagesOfUnnamedFiles() throws {
    let document = try json([ru, uk, en])
    #expect(document.editions.map(\.lang) == ["uk", "en", "ru"])
    #expect(document.editions.map(\.path) == [uk, en, ru])
  }

  @Test func readsStandardInput() throws {
    let text = try String(contentsOfFile: en, encoding: .utf8)
    let result = try CLIRunner.run(
      ["align", "--format", "json", "--uk", uk, "--en", "-"], stdin: text)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"lang\" : \"en\""))
  }

  @Test func textViewFitsTheWidthAndShowsOmissions() throws {
    let result = try CLIRunner.run(
      ["align", "--uk", uk, "--en", en, "--ru", ru], environment: ["COLUMNS": "100"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.map(\.count).max() ?? 0) columns")
    #expect(result.stdout.contains("— missing —"))
    #expect(result.stdout.contains("navigation"))
    #expect(result.stdout.contains("promo"))
    #expect(!result.stdout.contains("\u{1B}["), "colour without a terminal")
  }

  @Test func textViewColoursOnRequest() throws {
    let result = try CLIRunner.run(["align", "--color", "--uk", uk, "--en", en])
    #expect(result.stdout.contains("\u{1B}["))
  }

  @Test func tsvHasAHeaderAndOneRowPerGroup() throws {
    let groups = try json(["--uk", uk, "--en", en, "--ru", ru]).groups.count
    let result = try CLIRunner.run(["align", "--format", "tsv", "--uk", uk, "--en", en, "--ru", ru])
    let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(rows.first == "uk\ten\tru")
    #expect(rows.count == groups + 1)
    #expect(
      rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
  }

  /// TMX 1.4b read back with an XML decoder.
  struct TMX: Decodable {
    struct Header: Decodable {
      var srclang: String
      var segtype: String
      var creationtool: String
    }
    struct Body: Decodable { var tu: [Unit] }
    struct Unit: Decodable {
      var prop: [Property]
      var tuv: [Variant]
    }
    struct Property: Decodable {
      var type: String
      var value: String
      enum CodingKeys: String, CodingKey {
        case type
        case value = ""
      }
    }
    struct Variant: Decodable {
      var lang: String
      var seg: String
      enum CodingKeys: String, CodingKey {
        case lang = "xml:lang"
        case seg
      }
    }
    var version: String
    var header: Header
    var body: Body
  }

  @Test func tmxIsValidAndLeavesBoilerplateOut() throws {
    let document = try json(["--uk", uk, "--en", en, "--ru", ru])
    let result = try CLIRunner.run(["align", "--format", "tmx", "--uk", uk, "--en", en, "--ru", ru])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    let tmx = try XMLDecoder().decode(TMX.self, from: Data(result.stdout.utf8))
    #expect(tmx.version == "1.4")
    #expect(tmx.header.srclang == "uk")
    #expect(tmx.header.segtype == "paragraph")
    let linked = document.groups.filter {
      [$0.uk, $0.en, $0.ru].filter { !$0.isEmpty }.count >= 2
    }
    #expect(tmx.body.tu.count == linked.count)
    for unit in tmx.body.tu {
      #expect(unit.tuv.count >= 2)
      #expect(unit.tuv.allSatisfy { ["uk", "en", "ru"].contains($0.lang) && !$0.seg.isEmpty })
    }
    let segments = tmx.body.tu.flatMap(\.tuv).map(\.seg)
    #expect(!segments.contains("UA | EN | RU"))
    #expect(!segments.contains { $0.contains("Telegram-канал") })
  }

  /// The sentence groups of `--level sentence --format json`, as far as the tests need.
  struct SentenceDocument: Decodable {
    struct Paragraph: Decodable { var text: String }
    struct EditionEntry: Decodable { var paragraphs: [Paragraph] }
    struct Sentence: Decodable {
      var paragraph: Int
      var index: Int
      var text: String
      var range: [Int]
    }
    struct SentenceGroup: Decodable {
      var uk: [Sentence]
      var en: [Sentence]
      var ru: [Sentence]
      var confidence: Double
      var bead: String
    }
    struct Group: Decodable {
      var uk: [Int]
      var en: [Int]
      var ru: [Int]
      var boilerplate: Bool
      var sentences: [SentenceGroup]?
    }
    var editions: [EditionEntry]
    var groups: [Group]
  }

  func sentenceJSON() throws -> SentenceDocument {
    let result = try CLIRunner.run(
      ["align", "--level", "sentence", "--format", "json", "--uk", uk, "--en", en, "--ru", ru])
    #expect(result.status == 0, "\(result.stderr)")
    return try JSONDecoder().decode(SentenceDocument.self, from: Data(result.stdout.utf8))
  }

  @Test func sentenceJSONGivesEveryArticleGroupItsSentenceGroups() throws {
    let document = try sentenceJSON()
    for group in document.groups {
      let sentences = try #require(group.sentences)
      #expect(group.boilerplate == sentences.isEmpty)
      for (slot, paragraphs) in [group.uk, group.en, group.ru].enumerated() {
        let inGroups = sentences.flatMap { [$0.uk, $0.en, $0.ru][slot] }
        #expect(inGroups.allSatisfy { paragraphs.contains($0.paragraph) })
        for sentence in inGroups {
          let text = document.editions[slot].paragraphs[sentence.paragraph].text
          let scalars = Array(text.unicodeScalars)[sentence.range[0]..<sentence.range[1]]
          #expect(String(String.UnicodeScalarView(scalars)) == sentence.text)
        }
      }
    }
    // The paragraph the English edition leaves out: its two sentences, linked uk–ru.
    let omitted = try #require(document.groups.first { $0.uk == [13] }?.sentences)
    #expect(omitted.map(\.bead) == ["1-0-1", "1-0-1"])
    #expect(omitted.map { $0.uk.map(\.index) } == [[0], [1]])
  }

  @Test func paragraphJSONHasNoSentences() throws {
    let result = try CLIRunner.run(["align", "--format", "json", "--uk", uk, "--en", en])
    #expect(!result.stdout.contains("\"sentences\""))
  }

  @Test func sentenceTSVHasOneRowPerSentenceGroup() throws {
    let groups = try sentenceJSON().groups.compactMap(\.sentences).joined().count
    let result = try CLIRunner.run(
      ["align", "--level", "sentence", "--format", "tsv", "--uk", uk, "--en", en, "--ru", ru])
    let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(rows.first == "uk\ten\tru")
    #expect(rows.count == groups + 1)
    #expect(rows.contains { $0.hasPrefix("Ігор Терехов додав") && $0.contains("\t\tИгорь") })
  }

  @Test func sentenceTextViewNumbersSentenceGroupsInsideParagraphGroups() throws {
    let result = try CLIRunner.run(
      ["align", "--level", "sentence", "--uk", uk, "--en", en, "--ru", ru],
      environment: ["COLUMNS": "100"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.map(\.count).max() ?? 0) columns")
    // Sentence 2 of Ukrainian paragraph 14, both numbered from 1 like the row.
    #expect(lines.contains { $0.hasPrefix("16.2 [14.2] ") && $0.contains("— missing —") })
    #expect(!result.stdout.contains("navigation"))
    #expect(lines.last?.hasSuffix("boilerplate left out") == true)
  }

  @Test func sentenceTMXHasOneUnitPerLinkedSentenceGroup() throws {
    let linked = try sentenceJSON().groups.compactMap(\.sentences).joined().filter {
      [$0.uk, $0.en, $0.ru].filter { !$0.isEmpty }.count >= 2
    }
    let result = try CLIRunner.run(
      ["align", "--level", "sentence", "--format", "tmx", "--uk", uk, "--en", en, "--ru", ru])
    let tmx = try XMLDecoder().decode(TMX.self, from: Data(result.stdout.utf8))
    #expect(tmx.header.segtype == "sentence")
    #expect(tmx.header.creationtool == "triglot")
    #expect(tmx.body.tu.count == linked.count)
    #expect(tmx.body.tu.allSatisfy { $0.prop.map(\.type) == ["x-article", "x-paragraph-group"] })
    #expect(tmx.body.tu.allSatisfy { $0.prop.first?.value == "02-kharkiv-strike" })
  }

  @Test func unknownLevelIsAUsageError() throws {
    let result = try CLIRunner.run(["align", "--level", "word", "--uk", uk, "--en", en])
    #expect(result.status == 64)
  }

  @Test func missingFileIsAnInputError() throws {
    let result = try CLIRunner.run(["align", "--uk", "no-such.txt", "--en", en])
    #expect(result.status == 2)
    #expect(result.stderr == "triglot: no-such.txt: no such file\n")
  }

  @Test func twoFilesInOneLanguageAreAnInputError() throws {
    let other = CLIRunner.path("Corpora/articles/01-budget-vote/uk.txt")
    let result = try CLIRunner.run(["align", uk, other])
    #expect(result.status == 2)
    #expect(result.stderr.contains("both look Ukrainian"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func unclearLanguageIsAnInputError() throws {
    let folder = try TemporaryFolder.make("triglot-align")
    defer { try? FileManager.default.removeItem(at: folder) }
    let numbers = folder.appendingPathComponent("numbers.txt")
    try "2024\n\n1 200 000\n".write(to: numbers, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["align", uk, numbers.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("numbers.txt: cannot tell"))
  }

  @Test func invalidUTF8FailsUnlessLossy() throws {
    let folder = try TemporaryFolder.make("triglot-align")
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = folder.appendingPathComponent("en.txt")
    var bytes = Data("Missile strike on Kharkiv\n\nFour people were killed ".utf8)
    bytes.append(contentsOf: [0xFF, 0xFE])
    bytes.append(contentsOf: Data(" on September 17.\n".utf8))
    try bytes.write(to: broken)
    let strict = try CLIRunner.run(["align", "--uk", uk, "--en", broken.path])
    #expect(strict.status == 2)
    #expect(strict.stderr.contains("invalid UTF-8"))
    let lossy = try CLIRunner.run(
      ["align", "--lossy", "--format", "json", "--uk", uk, "--en", broken.path])
    #expect(lossy.status == 0)
    #expect(lossy.stderr.contains("warning"))
  }

  @Test(arguments: [["align", "only-one.txt"], ["align", "--uk", "a.txt"], ["align"]])
  func fewerThanTwoEditionsIsAUsageError(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains("give two or three editions"))
  }

  @Test func namedAndUnnamedFilesTogetherIsAUsageError() throws {
    let result = try CLIRunner.run(["align", "--uk", uk, en])
    #expect(result.status == 64)
  }
}
