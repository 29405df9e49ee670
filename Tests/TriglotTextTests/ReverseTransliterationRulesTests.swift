import Testing

@testable import TriglotText

/// What the compiler cannot check in the reverse-transliteration grammars: every rule reads
/// lower-case Latin as lower-case Cyrillic at a cost of at least 0, and no rule is written twice.
@Suite("Reverse transliteration grammars")
struct ReverseTransliterationRulesTests {
  @Test(arguments: [
    ("uk", ReverseTransliterationRules.ukrainian), ("ru", ReverseTransliterationRules.russian),
  ])
  func rulesAreWellFormed(_ language: String, _ rules: [ReverseTransliterationRule]) {
    #expect(rules.count > 50, "\(language)")
    for rule in rules {
      let latin = String(String.UnicodeScalarView(rule.latin))
      #expect(!latin.isEmpty && latin == latin.lowercased(), "\(language): \(latin)")
      #expect(
        !rule.cyrillic.isEmpty && rule.cyrillic == rule.cyrillic.lowercased()
          && !rule.cyrillic.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic },
        "\(language): \(latin) → \(rule.cyrillic)")
      #expect(rule.cost >= 0 && rule.cost.isFinite, "\(language): \(latin) → \(rule.cyrillic)")
    }
    let keys = rules.map { "\(String(String.UnicodeScalarView($0.latin))) \($0.cyrillic) \($0.context.rawValue)" }
    #expect(Set(keys).count == keys.count, "\(language): a rule is written twice")
  }
}
