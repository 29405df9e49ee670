import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

/// A row of a value rule's table (`number-mismatch`, `date-mismatch`): one sentence per edition,
/// and the edition expected to deviate, or nil when the editions agree.
struct ValueRuleCase: Sendable, CustomTestStringConvertible {
  var uk: String
  var en: String
  var ru: String
  /// The deviating edition, or nil when no finding is expected.
  var edition: Language?

  var testDescription: String { edition.map { "\($0.rawValue) deviates" } ?? "agree: \(en)" }

  /// Runs `rule` on the row: exactly one error that blames `edition` and names its values, or no
  /// finding at all when the editions agree.
  func check(_ rule: any AuditRule) throws {
    let findings = AuditFixture.findings(
      rule,
      [
        .uk: .init(stringLiteral: uk), .en: .init(stringLiteral: en),
        .ru: .init(stringLiteral: ru),
      ])
    guard let edition else {
      #expect(findings.isEmpty, "\(findings.map(\.message))")
      return
    }
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.edition == edition)
    #expect(finding.severity == .error)
    #expect(finding.values[edition]?.isEmpty == false)
  }
}
