import Foundation
import Testing
import TriglotText

@Suite("Name equivalents table")
struct NameEquivalentsTests {
  @Test func holdsAtLeast200FirstNamesAnd100Places() {
    #expect(NameEquivalents.entries(.givenName).count >= 200)
    #expect(NameEquivalents.entries(.place).count >= 100)
  }

  @Test func everyEntryHasASpellingInEachLanguage() {
    for entry in NameEquivalents.all {
      #expect(
        !entry.ukrainian.isEmpty && !entry.russian.isEmpty && !entry.english.isEmpty,
        "\(entry.allSpellings)")
      #expect(entry.allSpellings.allSatisfy { !$0.isEmpty && $0 == $0.trimmingCharacters(in: .whitespaces) })
    }
  }

  @Test func identifiersAreUnique() {
    let ids = NameEquivalents.all.map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test func spellingsAreInTheirScripts() {
    let cyrillic = { (text: String) in
      text.unicodeScalars.allSatisfy {
        !$0.properties.isAlphabetic || (0x400...0x4FF).contains($0.value)
      }
    }
    for entry in NameEquivalents.all {
      #expect((entry.ukrainian + entry.russian).allSatisfy(cyrillic), "\(entry.id)")
      #expect(!entry.english.contains(where: cyrillic), "\(entry.id)")
      #expect(
        !entry.ukrainian.contains { $0.contains(where: { "ыэёъ".contains($0) }) }, "\(entry.id)")
      #expect(
        !entry.russian.contains { $0.contains(where: { "іїєґ'".contains($0) }) }, "\(entry.id)")
    }
  }

  @Test func examplesFromTheIssue() {
    let kyrylo = NameEquivalents.all.first { $0.id == "#kyrylo" }
    #expect(kyrylo?.ukrainian == ["Кирило"])
    #expect(kyrylo?.russian == ["Кирилл"])
    let kyiv = NameEquivalents.all.first { $0.id == "#kyiv" }
    #expect(kyiv?.english == ["Kyiv", "Kiev"])
    #expect(kyiv?.kind == .place)
  }

  @Test func adjectivesKeyToTheirPlace() {
    var wrong: [String] = []
    for entry in NameEquivalents.all {
      #expect(entry.adjectives.isEmpty || entry.kind == .place, "\(entry.id)")
      for adjective in entry.adjectives where !NameKey(adjective).keys.contains(entry.id) {
        wrong.append("\(adjective): \(NameKey(adjective).keys) lacks \(entry.id)")
      }
    }
    #expect(wrong.isEmpty, "\(wrong)")
    let mali = NameEquivalents.all.first { $0.id == "#mali" }
    #expect(mali?.adjectives == ["малійський", "малийский", "Malian"])
  }
}
