import Foundation
import Testing
import TriglotTestSupport
import TriglotText

/// Finding, loading and caching the dictionaries; without them the stemmer gives nothing and
/// says why.
@Suite("Hunspell stemmer")
struct HunspellStemmerTests {
  static let installed = HunspellStemmer.languages.allSatisfy(HunspellStemmer.shared.isAvailable)
  static let reason =
    HunspellStemmer.languages.compactMap(HunspellStemmer.shared.unavailableReason(for:))
    .joined(separator: "; ")

  @Test func withoutDictionariesThereAreNoStemsAndTheReasonSaysWhatToInstall() {
    let stemmer = HunspellStemmer(searchPath: ["/nonexistent-triglot"])
    #expect(stemmer.stems(of: "Харкові", in: .uk).isEmpty)
    #expect(!stemmer.isAvailable(.ru))
    let reason = stemmer.unavailableReason(for: .uk) ?? ""
    #expect(reason.contains("uk_UA.dic"))
    #expect(reason.contains("/nonexistent-triglot"))
    #expect(reason.contains("hunspell-uk"))
    #expect(reason.contains(HunspellStemmer.searchPathVariable))
    #expect(HunspellStemmer.none.stems(of: "Киеве", in: .ru).isEmpty)
    #expect(HunspellStemmer.none.stems(of: "Kyiv", in: .en).isEmpty)
  }

  @Test func dictionariesAreFoundOnTheSearchPathAndCached() throws {
    let folder = try HunspellDictionaryTests.write(
      affix: HunspellDictionaryTests.affix, entries: ["Терехов/AB", "будівельник/A"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let stemmer = HunspellStemmer(searchPath: ["/nonexistent-triglot", folder.path])
    #expect(stemmer.unavailableReason(for: .uk) == nil)
    #expect(stemmer.dictionary(for: .uk)?.path == folder.appendingPathComponent("uk_UA.dic").path)
    for _ in 0..<3 { #expect(stemmer.stems(of: "Терехова", in: .uk) == ["Терехов"]) }
    #expect(stemmer.stems(of: "будівельника", in: .uk) == ["будівельник"])
    #expect(stemmer.stems(of: "Терехова", in: .ru).isEmpty)
    #expect(stemmer.unavailableReason(for: .ru)?.contains("ru_RU.dic") == true)
  }

  @Test func theNameSelectionKeepsNamesAndTheTablesCommonWords() throws {
    let folder = try HunspellDictionaryTests.write(
      affix: HunspellDictionaryTests.affix,
      entries: ["Терехов/A", "будівельник/A", "сполучений", "штат/A", "український", "Ґалаґан"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let stemmer = HunspellStemmer(searchPath: [folder.path], entries: .names)
    #expect(stemmer.dictionary(for: .uk)?.entryCount == 5)
    #expect(stemmer.stems(of: "Терехова", in: .uk) == ["Терехов"])
    #expect(stemmer.stems(of: "будівельника", in: .uk).isEmpty)
    #expect(stemmer.stems(of: "штата", in: .uk) == ["штат"])
  }

  @Test(.enabled(if: installed, "Hunspell dictionaries not installed: \(reason)"))
  func theSharedStemmerHasBothLanguages() throws {
    let stemmer = HunspellStemmer.shared
    #expect(stemmer.stems(of: "Відні", in: .uk) == ["Відень"])
    #expect(stemmer.stems(of: "Харькове", in: .ru) == ["Харьков"])
    #expect(stemmer.stems(of: "Сполучених", in: .uk) == ["сполучений"])
    let count = try #require(stemmer.dictionary(for: .uk)?.entryCount)
    #expect(count < 100_000, "the name selection keeps \(count) Ukrainian entries")
  }
}
