import Foundation
import Testing
import TriglotTestSupport
import TriglotText

/// A dictionary of the system's Hunspell (the tests that need hunspell-uk or hunspell-ru skip,
/// with the reason, when they are not installed) and small dictionaries written by the tests.
@Suite("Hunspell dictionary")
struct HunspellDictionaryTests {
  static let folder = "/usr/share/hunspell"
  static let ukrainian = FileManager.default.fileExists(atPath: "\(folder)/uk_UA.dic")
  static let russian = FileManager.default.fileExists(atPath: "\(folder)/ru_RU.dic")

  /// Writes `affix` and `entries` as NAME.aff and NAME.dic into a new folder.
  static func write(affix: String, entries: [String], name: String = "uk_UA") throws -> URL {
    let folder = try TemporaryFolder.make("triglot-hunspell")
    try affix.write(
      to: folder.appendingPathComponent("\(name).aff"), atomically: true, encoding: .utf8)
    try "\(entries.count)\n\(entries.joined(separator: "\n"))\n".write(
      to: folder.appendingPathComponent("\(name).dic"), atomically: true, encoding: .utf8)
    return folder
  }

  /// A Ukrainian-like affix file: flag A adds the genitive -а, flag B the locative -ові.
  static let affix = """
    SET UTF-8
    SFX A Y 1
    SFX A 0 а .

    SFX B Y 1
    SFX B 0 ові .
    """

  @Test(.enabled(if: ukrainian, "hunspell-uk is not installed (\(folder)/uk_UA.dic)"))
  func ukrainianDictionaryGivesDictionaryForms() throws {
    let dictionary = try HunspellDictionary(
      affixPath: "\(Self.folder)/uk_UA.aff", dictionaryPath: "\(Self.folder)/uk_UA.dic")
    #expect(dictionary.stems(of: "Харкові").contains("Харків"))
    #expect(dictionary.stems(of: "Києві").contains("Київ"))
    #expect(dictionary.stems(of: "Відні") == ["Відень"])
    #expect(dictionary.stems(of: "українського") == ["український"])
    #expect(dictionary.stems(of: "Ґзщшфх").isEmpty)
    #expect(dictionary.knows("Терехова"))
    #expect(!dictionary.knows("Ґзщшфх"))
    #expect(dictionary.entryCount == nil)
  }

  @Test(.enabled(if: russian, "hunspell-ru is not installed (\(folder)/ru_RU.dic)"))
  func russianDictionaryGivesDictionaryForms() throws {
    let dictionary = try HunspellDictionary(
      affixPath: "\(Self.folder)/ru_RU.aff", dictionaryPath: "\(Self.folder)/ru_RU.dic")
    #expect(dictionary.stems(of: "Харькове") == ["Харьков"])
    #expect(dictionary.stems(of: "Путиным") == ["Путин"])
  }

  @Test(.enabled(if: ukrainian, "hunspell-uk is not installed (\(folder)/uk_UA.dic)"))
  func aSelectionLoadsOnlyTheEntriesItKeeps() throws {
    let dictionary = try HunspellDictionary(
      affixPath: "\(Self.folder)/uk_UA.aff", dictionaryPath: "\(Self.folder)/uk_UA.dic",
      keeping: { String(decoding: $0, as: UTF8.self).first?.isUppercase == true })
    let count = try #require(dictionary.entryCount)
    #expect(count > 10_000 && count < 100_000, "\(count) capitalized entries")
    #expect(dictionary.stems(of: "Харкові").contains("Харків"))
    #expect(dictionary.stems(of: "будівельника").isEmpty)
  }

  @Test func aSmallDictionaryInflects() throws {
    let folder = try Self.write(affix: Self.affix, entries: ["Терехов/AB", "Юсов/A"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let dictionary = try HunspellDictionary(
      affixPath: folder.appendingPathComponent("uk_UA.aff").path,
      dictionaryPath: folder.appendingPathComponent("uk_UA.dic").path)
    #expect(dictionary.stems(of: "Терехова") == ["Терехов"])
    #expect(dictionary.stems(of: "Терехові") == [])
    #expect(dictionary.stems(of: "Тереховові") == ["Терехов"])
    #expect(dictionary.stems(of: "Юсова") == ["Юсов"])
    let selected = try HunspellDictionary(
      affixPath: folder.appendingPathComponent("uk_UA.aff").path,
      dictionaryPath: folder.appendingPathComponent("uk_UA.dic").path,
      keeping: { String(decoding: $0, as: UTF8.self) == "Юсов" })
    #expect(selected.entryCount == 1)
    #expect(selected.stems(of: "Юсова") == ["Юсов"])
    #expect(selected.stems(of: "Терехова").isEmpty)
  }

  @Test func aMissingFileIsNamed() throws {
    let folder = try Self.write(affix: Self.affix, entries: ["Юсов/A"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let affix = folder.appendingPathComponent("uk_UA.aff").path
    let missing = folder.appendingPathComponent("none.dic").path
    #expect(
      throws: TriglotTextError.unreadableDictionary(path: missing, reason: "cannot read the file")
    ) {
      _ = try HunspellDictionary(affixPath: affix, dictionaryPath: missing)
    }
    let noAffix = folder.appendingPathComponent("none.aff").path
    #expect(
      throws: TriglotTextError.unreadableDictionary(
        path: noAffix, reason: "cannot read the affix file")
    ) {
      _ = try HunspellDictionary(
        affixPath: noAffix, dictionaryPath: folder.appendingPathComponent("uk_UA.dic").path)
    }
    let message =
      TriglotTextError.unreadableDictionary(path: missing, reason: "cannot read the file")
      .errorDescription ?? ""
    #expect(message.hasPrefix("\(missing): cannot read the file; "))
    #expect(message.contains("TRIGLOT_HUNSPELL_PATH"))
  }

  @Test func aDictionaryNotInUTF8IsRefused() throws {
    let folder = try Self.write(affix: "SET KOI8-U\n", entries: ["abc"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let dic = folder.appendingPathComponent("uk_UA.dic").path
    #expect(
      throws: TriglotTextError.unreadableDictionary(
        path: dic, reason: "not a UTF-8 dictionary (its .aff lacks SET UTF-8)")
    ) {
      _ = try HunspellDictionary(
        affixPath: folder.appendingPathComponent("uk_UA.aff").path, dictionaryPath: dic)
    }
  }
}
