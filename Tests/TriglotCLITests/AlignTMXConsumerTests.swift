import Foundation
import Testing
import TriglotTestSupport

/// The TMX of `triglot align` read by real consumers: translate-toolkit (the Python package
/// `translate`, which Pootle, Virtaal and many corpus scripts use) and xmllint. Each test is
/// skipped, with the reason, when its tool is not installed.
@Suite("TMX read by translate-toolkit and xmllint")
struct AlignTMXConsumerTests {
  static let article = "Corpora/articles/06-energy-grid"

  static let translateToolkit: Bool =
    (try? CLIRunner.shell("python3 -c 'from translate.storage import tmx'"))?.status == 0
  static let xmllint: Bool = (try? CLIRunner.shell("command -v xmllint"))?.status == 0

  /// The editions of the article as arguments.
  var editions: [String] {
    ["uk", "en", "ru"].flatMap { ["--\($0)", CLIRunner.path("\(Self.article)/\($0).txt")] }
  }

  /// Reads a TMX file with translate-toolkit and prints, as JSON, each unit's id, its
  /// `<prop>`s and its text per language.
  static let reader = """
    import json, sys
    from translate.storage import tmx
    store = tmx.tmxfile.parsefile(sys.argv[1])
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    units = []
    for unit in store.units:
        texts = {node.get(lang): unit.getNodeText(node) for node in unit.getlanguageNodes()}
        props = {p.get("type"): p.text for p in unit.xmlelement.iter(unit.namespaced("prop"))}
        units.append({"id": unit.getid(), "texts": texts, "props": props})
    print(json.dumps({"units": units}))
    """

  struct Read: Decodable {
    struct Unit: Decodable {
      var id: String
      var texts: [String: String]
      var props: [String: String]
    }
    var units: [Unit]
  }

  /// The sentence groups of `align --level sentence --format json` that link two or more
  /// editions, as their text per language.
  struct Sentences: Decodable {
    struct Sentence: Decodable { var text: String }
    struct SentenceGroup: Decodable {
      var uk: [Sentence]
      var en: [Sentence]
      var ru: [Sentence]
    }
    struct Group: Decodable { var sentences: [SentenceGroup] }
    var groups: [Group]

    var linked: [[String: String]] {
      groups.flatMap(\.sentences).compactMap { group in
        var texts: [String: String] = [:]
        for (language, sentences) in [("uk", group.uk), ("en", group.en), ("ru", group.ru)]
        where !sentences.isEmpty {
          texts[language] = sentences.map(\.text).joined(separator: " ")
        }
        return texts.count >= 2 ? texts : nil
      }
    }
  }

  /// Writes `align --format tmx` with `arguments` to a file in `folder`.
  func tmx(_ arguments: [String], in folder: URL) throws -> URL {
    let result = try CLIRunner.run(["align", "--format", "tmx"] + arguments + editions)
    #expect(result.status == 0, "\(result.stderr)")
    let file = folder.appendingPathComponent("article.tmx")
    try result.stdout.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  func readWithTranslateToolkit(_ file: URL, in folder: URL) throws -> Read {
    let script = folder.appendingPathComponent("read-tmx.py")
    try Self.reader.write(to: script, atomically: true, encoding: .utf8)
    let result = try CLIRunner.shell("python3 '\(script.path)' '\(file.path)'")
    #expect(result.status == 0, "translate-toolkit could not read the TMX: \(result.stderr)")
    return try JSONDecoder().decode(Read.self, from: Data(result.stdout.utf8))
  }

  @Test(
    .enabled(
      if: translateToolkit,
      "translate-toolkit is not installed (python3 -c 'from translate.storage import tmx' fails; pip install translate-toolkit)"
    ))
  func sentenceTMXLoadsInTranslateToolkitWithOneUnitPerSentenceGroup() throws {
    let folder = try TemporaryFolder.make("triglot-tmx")
    defer { try? FileManager.default.removeItem(at: folder) }
    let read = try readWithTranslateToolkit(
      try tmx(["--level", "sentence"], in: folder), in: folder)
    let json = try CLIRunner.run(["align", "--level", "sentence", "--format", "json"] + editions)
    let expected = try JSONDecoder().decode(Sentences.self, from: Data(json.stdout.utf8)).linked
    #expect(read.units.count == expected.count)
    #expect(read.units.map(\.texts) == expected)
    #expect(Set(read.units.map(\.id)).count == read.units.count, "unit ids repeat")
    #expect(read.units.allSatisfy { $0.props["x-article"] == "06-energy-grid" })
    #expect(read.units.allSatisfy { Int($0.props["x-paragraph-group"] ?? "") != nil })
  }

  @Test(
    .enabled(
      if: translateToolkit,
      "translate-toolkit is not installed (python3 -c 'from translate.storage import tmx' fails; pip install translate-toolkit)"
    ))
  func paragraphTMXLoadsInTranslateToolkit() throws {
    let folder = try TemporaryFolder.make("triglot-tmx")
    defer { try? FileManager.default.removeItem(at: folder) }
    let read = try readWithTranslateToolkit(try tmx([], in: folder), in: folder)
    #expect(!read.units.isEmpty)
    #expect(
      read.units.allSatisfy { unit in
        unit.texts.count >= 2 && unit.texts.keys.allSatisfy { ["uk", "en", "ru"].contains($0) }
      })
  }

  @Test(
    .enabled(if: xmllint, "xmllint is not installed (apt-get install libxml2-utils)"),
    arguments: [["--level", "sentence"], ["--level", "paragraph"]])
  func tmxIsWellFormedForXmllint(level: [String]) throws {
    let folder = try TemporaryFolder.make("triglot-tmx")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try tmx(level, in: folder)
    let result = try CLIRunner.shell("xmllint --noout '\(file.path)'")
    #expect(result.status == 0, "xmllint: \(result.stderr)")
  }
}
