import Foundation
import Testing
import TriglotTestSupport
import TriglotText

/// FreeDict dictionaries written by the tests (dictd index and data, plain and gzip), the glosses
/// built from them, and Debian's `dict-freedict-eng-rus` when it is installed.
@Suite("Translation glosses")
struct TranslationGlossesTests {
  static let debianIndex = "/usr/share/dictd/freedict-eng-rus.index"

  /// The entries of a small English–Russian dictionary, as FreeDict writes them.
  static let entries: [(String, String)] = [
    ("00databaseinfo", "00-database-info\nA test dictionary.\n"),
    ("shop", "shop /ʃɔp/\nмагазин\n"),
    ("work", "work /wɜːk/\nработа, труд\n"),
    ("american", "american /əˈmɛrɪkən/\n1. американский\n2. американец\n"),
    ("city", "city /ˈsɪti/\nгород\n"),
    ("the", "the /ðə/\nэтот\n"),
    ("in", "in /ɪn/\nв, на\n"),
  ]

  /// Writes the dictionary as freedict-eng-rus.index and .dict (or .dict.dz through gzip).
  static func write(compressed: Bool) throws -> URL {
    let folder = try TemporaryFolder.make("triglot-freedict")
    var data = Data()
    var index = ""
    for (headword, body) in entries {
      let bytes = Data(body.utf8)
      index += "\(headword)\t\(digits(data.count))\t\(digits(bytes.count))\n"
      data += bytes
    }
    try index.write(
      to: folder.appendingPathComponent("freedict-eng-rus.index"), atomically: true,
      encoding: .utf8)
    let plain = folder.appendingPathComponent("freedict-eng-rus.dict")
    try data.write(to: plain)
    if compressed {
      let result = try CLIRunner.shell("gzip -n '\(plain.path)' && mv '\(plain.path).gz' '\(plain.path).dz'")
      #expect(result.status == 0, "\(result.stderr)")
    }
    return folder
  }

  /// A number in dictd's base-64 digits.
  static func digits(_ value: Int) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var value = value
    var result = ""
    repeat {
      result = String(alphabet[value % 64]) + result
      value /= 64
    } while value > 0
    return result
  }

  @Test(arguments: [false, true])
  func readsEntriesPlainAndCompressed(compressed: Bool) throws {
    let folder = try Self.write(compressed: compressed)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = folder.appendingPathComponent(
      compressed ? "freedict-eng-rus.dict.dz" : "freedict-eng-rus.dict")
    let dictionary = try FreeDictDictionary(
      indexPath: folder.appendingPathComponent("freedict-eng-rus.index").path, dataPath: data.path)
    #expect(dictionary.entries["shop"] == ["магазин"])
    #expect(dictionary.entries["work"] == ["работа", "труд"])
    #expect(dictionary.entries["american"] == ["американский", "американец"])
    #expect(dictionary.entries["00databaseinfo"] == nil)
  }

  @Test func glossesMatchInflectedAndUkrainianForms() throws {
    let folder = try Self.write(compressed: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let glosses = TranslationGlosses(searchPath: [folder.path])
    #expect(glosses.unavailableReason == nil)
    #expect(glosses.glosses(of: "Shops in the cities work late.", in: .en) == ["shop", "city", "work"])
    #expect(glosses.glosses(of: "В магазинах города", in: .ru) == ["shop", "city"])
    // Ukrainian finds the Russian word it shares a root with: робота and работа.
    #expect(glosses.glosses(of: "Робота в магазині", in: .uk) == ["work", "shop"])
    // Function words ("the" → этот, "in" → в, на) carry no gloss.
    #expect(glosses.glosses(of: "этот", in: .ru).isEmpty)
  }

  @Test func damagedDataIsAnErrorNamingTheFile() throws {
    let folder = try Self.write(compressed: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let damaged = folder.appendingPathComponent("freedict-eng-rus.dict.dz")
    try Data("not gzip at all".utf8).write(to: damaged)
    let index = folder.appendingPathComponent("freedict-eng-rus.index").path
    #expect {
      _ = try FreeDictDictionary(indexPath: index, dataPath: damaged.path)
    } throws: { error in
      (error as? TriglotTextError)?.errorDescription?.contains(damaged.path) == true
    }
    // The glosses do without it, and say why.
    let glosses = TranslationGlosses(searchPath: [folder.path])
    #expect(glosses.headwordCount == 0)
    #expect(glosses.unavailableReason?.contains("gzip") == true)
    #expect(glosses.glosses(of: "shop", in: .en).isEmpty)
  }

  @Test func indexPointingPastTheDataIsAnError() throws {
    let folder = try Self.write(compressed: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = folder.appendingPathComponent("freedict-eng-rus.index")
    try "shop\tA\tzzz\n".write(to: index, atomically: true, encoding: .utf8)
    #expect(throws: TriglotTextError.self) {
      _ = try FreeDictDictionary(
        indexPath: index.path,
        dataPath: folder.appendingPathComponent("freedict-eng-rus.dict").path)
    }
  }

  @Test func missingDictionaryMeansNoGlosses() {
    let glosses = TranslationGlosses(searchPath: ["/nonexistent"])
    #expect(glosses.headwordCount == 0)
    #expect(glosses.unavailableReason?.contains("not found") == true)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: debianIndex)))
  func debianDictionaryLoads() {
    let glosses = TranslationGlosses(searchPath: ["/usr/share/dictd"])
    #expect(glosses.unavailableReason == nil)
    #expect(glosses.headwordCount > 1_000)
    #expect(glosses.glosses(of: "shop", in: .en) == ["shop"])
    #expect(glosses.glosses(of: "магазине", in: .ru).contains("shop"))
  }
}
