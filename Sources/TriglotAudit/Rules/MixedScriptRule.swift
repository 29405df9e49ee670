import TriglotText

/// `mixed-script`: a word that mixes Latin and Cyrillic look-alike letters (Харкiв with a Latin i,
/// a Latin word with a Cyrillic о). Such words break search, spell-checking and name matching.
public struct MixedScriptRule: AuditRule {
  public let id = AuditRuleID.mixedScript
  public let severity = Severity.warning
  public let summary = "a word with Latin/Cyrillic look-alike letters mixed in"

  /// Creates the rule.
  public init() {}

  public func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      for language in context.languages {
        let words = context.articleFacts(language, inGroup: group).flatMap(\.mixedScriptWords)
        guard !words.isEmpty else { continue }
        let described = words.map { "\($0.text) (\(Self.foreignLetters(in: $0.text)))" }
        result.append(
          Finding(
            rule: id, severity: severity, group: group, edition: language,
            paragraphs: context.paragraphs(ofGroup: group),
            values: [language: words.map(\.text).uniqued()],
            message: "\(language.englishName) edition has "
              + "\(words.count == 1 ? "a word" : "words") mixing Latin and Cyrillic letters: "
              + EditionList.values(described.uniqued())))
      }
    }
    return result
  }

  /// "Latin i" for Харкiv: the letters of the word's minority script.
  static func foreignLetters(in word: String) -> String {
    let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
    let latin = letters.filter { UnicodeScript($0) == .latin }
    let cyrillic = letters.filter { UnicodeScript($0) == .cyrillic }
    let (minority, script) =
      latin.count <= cyrillic.count ? (latin, "Latin") : (cyrillic, "Cyrillic")
    let shown = minority.map { String($0) }.uniqued().joined(separator: ", ")
    return "\(script) \(shown)"
  }
}
