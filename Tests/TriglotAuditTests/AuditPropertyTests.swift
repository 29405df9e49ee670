import PropertyBased
import Testing
import TriglotAlign
import TriglotAudit
import TriglotTestSupport
import TriglotText

/// Three editions with the same text state the same facts in the same order, so none of the
/// rules that compare editions has anything to report.
@Suite("Audit properties")
struct AuditPropertyTests {
  /// The rules that judge one edition by itself are left out, rightly: `untranslated` reports
  /// Ukrainian text in the English edition, `mixed-script` a Latin word in Cyrillic text, and
  /// `name-spelling` one name spelled two ways within the English edition, which an identical
  /// copy does not change.
  static let comparingRules: Set<AuditRuleID> = [
    .missing, .moved, .partial, .numberMismatch, .dateMismatch, .nameMismatch,
  ]

  /// Paragraphs of Corpora words, numbers and dates in `language` (the first code picks it),
  /// given as all three editions.
  @Test func threeIdenticalEditionsDifferNowhere() async throws {
    let paragraph = Gen.int(in: 0...1 << 20).array(of: 1...30)
    await propertyCheck(count: 25, input: paragraph.array(of: 1...15)) { paragraphs in
      let text = CorporaVocabulary.article(paragraphs).text
      let editions = Language.editions.map {
        Edition(language: $0, source: $0.rawValue, text: text)
      }
      let findings = Auditor().findings(in: try AuditContext(editions: editions))
      let comparing = findings.filter { Self.comparingRules.contains($0.rule) }
      #expect(comparing.isEmpty, "\(comparing.map(\.message)) in \(text)")
    }
  }
}
