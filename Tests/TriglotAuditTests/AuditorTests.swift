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
    #expect(findings.map(\.rule) == [.numberMismatch, .missing])
    #expect(findings.map(\.group) == [0, 1])
  }

  @Test func disabledRulesDoNotRun() {
    let findings = Auditor(disabled: [.missing]).findings(in: Self.context)
    #expect(findings.map(\.rule) == [.numberMismatch])
  }

  @Test(arguments: [(Severity.info, 3), (.warning, 2), (.error, 1)])
  func showingKeepsFindingsAtOrAboveASeverity(_ severity: Severity, _ count: Int) {
    var audit = ArticleAudit(context: Self.context)
    let finding = audit.findings[0]
    audit.findings = [Severity.info, .warning, .error].map {
      var copy = finding
      copy.severity = $0
      return copy
    }
    let shown = audit.showing(atLeast: severity)
    #expect(shown.findings.count == count)
    #expect(shown.findings.allSatisfy { $0.severity >= severity })
    #expect(audit.hasFinding(atLeast: .error) && shown.coverage == audit.coverage)
  }

  @Test func aSpellingStandardIsCompiledOnceAndUnknownOnesAreRefused() throws {
    let auditor = try Auditor(spellingStandard: "kmu-2010", disabled: [.moved])
    #expect(auditor.disabled == [.moved])
    #expect((auditor.rules.first { $0.id == .nameSpelling } as? NameSpellingRule)?.standardName
      == "kmu-2010")
    #expect(throws: TriglotAuditError.self) { try Auditor(spellingStandard: "kmu-2011") }
  }

  @Test func everyRuleHasAUniqueIDAndASummary() {
    #expect(Set(Auditor.ruleIDs).count == Auditor.allRules.count)
    #expect(
      Auditor.ruleIDs.map(\.rawValue) == [
        "missing", "number-mismatch", "date-mismatch", "name-mismatch", "name-spelling",
        "untranslated", "mixed-script", "partial", "moved",
      ])
    #expect(Auditor.allRules.allSatisfy { !$0.summary.isEmpty })
  }

  @Test func severitiesAreOrdered() {
    #expect(Severity.info < .warning && Severity.warning < .error)
  }
}
