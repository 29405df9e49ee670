import Foundation
import Testing
import TriglotTestSupport

@testable import TriglotText

@Suite("Transliteration standards")
struct TransliterationStandardTests {
  static let rulesFolder = PackageRoot.url("Rules")

  @Test func generatedSwiftMatchesTheRuleFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let compiled = TransliterationRuleTexts.files
    #expect(
      compiled.map(\.name) == names,
      "Rules/*.txt and TransliterationRuleTexts.swift differ; run `make rules`")
    for (name, text) in compiled where names.contains(name) {
      let onDisk = try String(
        contentsOf: Self.rulesFolder.appendingPathComponent(name), encoding: .utf8)
      #expect(text + "\n" == onDisk, "\(name) changed since `make rules`; run it again")
    }
  }

  @Test func everyStandardHasItsMetadata() {
    #expect(TransliterationStandard.all.count == 16)
    for standard in TransliterationStandard.all {
      #expect(!standard.name.isEmpty, "\(standard.id)")
      #expect(!standard.source.isEmpty, "\(standard.id)")
      #expect([.uk, .ru].contains(standard.language))
      if standard.id != "wikipedia" { #expect(standard.year != nil, "\(standard.id)") }
    }
  }

  @Test func theIssueListsExactlyTheseStandards() {
    let uk = TransliterationStandard.standards(for: .uk).map(\.id)
    let ru = TransliterationStandard.standards(for: .ru).map(\.id)
    #expect(
      uk == [
        "kmu-2010", "ala-lc", "bgn-pcgn-1965", "dstu-9112-a", "dstu-9112-b", "gost-7.79-b",
        "iso-9", "scholarly",
      ])
    #expect(
      ru == [
        "bgn-pcgn", "ala-lc", "gost-7.79-b", "icao-9303", "iso-9", "mvd-310", "scholarly",
        "wikipedia",
      ])
  }

  @Test func defaultsAreKMUAndBGN() {
    #expect(TransliterationStandard.defaultStandard(for: .uk)?.id == "kmu-2010")
    #expect(TransliterationStandard.defaultStandard(for: .ru)?.id == "bgn-pcgn")
    #expect(TransliterationStandard.defaultStandard(for: .en) == nil)
    #expect(TransliterationStandard.all.filter(\.isDefault).count == 2)
  }

  @Test func lookupIsByLanguageAndCaseInsensitiveID() {
    #expect(TransliterationStandard.standard(id: "ISO-9", language: .ru)?.language == .ru)
    #expect(TransliterationStandard.standard(id: "kmu-2010", language: .ru) == nil)
    #expect(TransliterationStandard.standard(id: "nope", language: .uk) == nil)
  }

  @Test func onlyISO9IsReversible() {
    let reversible = TransliterationStandard.all.filter(\.isReversible).map(\.id)
    #expect(reversible == ["iso-9", "iso-9"])
  }

  @Test(arguments: TransliterationStandard.all.map(\.testLabel))
  func rulesCompile(label: String) throws {
    let standard = try #require(TransliterationStandard.all.first { $0.testLabel == label })
    _ = try Transliterator(standard)
    if standard.isReversible { _ = try Transliterator(standard, direction: .reverse) }
  }

  @Test func headerWithoutIDIsRejected() {
    #expect(TransliterationStandard(fileName: "x.txt", text: "# name: X\na > b ;") == nil)
  }
}

extension TransliterationStandard {
  /// "uk kmu-2010", for test arguments.
  var testLabel: String { "\(language.rawValue) \(id)" }
}
