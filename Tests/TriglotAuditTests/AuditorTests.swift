import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("Auditor")
struct AuditorTests {
  static let context = AuditFixture.context([
    [
      .uk: "Пошкоджено 256 квартир у Харкові.", .en: "256 apartments were damaged in Kharkiv.",
      .ru: "Повреждены 265 квартир в Харькове.",
    ],
    [
      .uk: "Ігор Терехов додав, що відкрили штаб допомоги.",
      .ru: "Игорь Терехов добавил, что открыли штаб помощи.",
    ],
  ])

  @Test func runsEveryRuleInGroupOrder() {
    let findings = Auditor().findings(in: Self.context)
    #expect(findings.map(\.rule) == ["number-mismatch", "missing"])
    #expect(findings.map(\.group) == [0, 1])
  }

  @Test func disabledRulesDoNotRun() {
    let findings = Auditor(disabled: ["missing"]).findings(in: Self.context)
    #expect(findings.map(\.rule) == ["number-mismatch"])
  }

  @Test(arguments: [(Severity.info, 2), (.warning, 2), (.error, 2)])
  func minimumSeverityFilters(_ severity: Severity, _ count: Int) {
    #expect(Auditor(minimumSeverity: severity).findings(in: Self.context).count == count)
  }

  @Test func everyRuleHasAUniqueIDAndASummary() {
    #expect(Set(Auditor.ruleIDs).count == Auditor.allRules.count)
    #expect(
      Auditor.ruleIDs == [
        "missing", "number-mismatch", "date-mismatch", "name-mismatch", "name-spelling",
        "untranslated", "mixed-script", "partial", "moved",
      ])
    #expect(Auditor.allRules.allSatisfy { !$0.summary.isEmpty })
  }

  @Test func severitiesAreOrdered() {
    #expect(Severity.info < .warning && Severity.warning < .error)
  }
}
