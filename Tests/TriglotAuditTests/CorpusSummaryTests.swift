import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("Corpus summary")
struct CorpusSummaryTests {
  static func article(
    _ path: String, coverage: Double = 1, errors: Int = 0, warnings: Int = 0,
    rules: [AuditRuleID: [Severity: Int]] = [:]
  ) -> CorpusSummary.Article {
    CorpusSummary.Article(
      path: path, languages: Language.editions, paragraphs: 30, groups: 10, coverage: coverage,
      severities: [.error: errors, .warning: warnings].filter { $0.value > 0 }, rules: rules)
  }

  @Test func countsArticlesParagraphsAndFindingsByRule() {
    var summary = CorpusSummary()
    summary.add(Self.article("a"))
    summary.add(Self.article("b", coverage: 0.9, errors: 2, rules: [.missing: [.error: 2]]))
    summary.add(
      Self.article("c", coverage: 0.97, errors: 1, warnings: 1, rules: [.missing: [.error: 1], .moved: [.warning: 1]]))
    #expect(summary.articles == 3)
    #expect(summary.articlesWithFindings == 2)
    #expect(summary.paragraphs == 90)
    #expect(summary.groups == 30)
    #expect(summary.severities == [.error: 3, .warning: 1])
    #expect(
      summary.findingsByRule[.missing] == .init(findings: 3, articles: 2, severities: [.error: 3]))
    #expect(
      summary.findingsByRule[.moved] == .init(findings: 1, articles: 1, severities: [.warning: 1]))
    #expect(summary.lowestCoverage?.path == "b")
  }

  /// 100% is a band of its own; a bound belongs to the band it starts.
  @Test func putsEachArticleInTheBandItsLowestCoverageReaches() {
    var summary = CorpusSummary()
    for coverage in [1, 0.999, 0.95, 0.9499, 0.9, 0.75, 0.5, 0.49, 0] {
      summary.add(Self.article("\(coverage)", coverage: coverage))
    }
    #expect(CorpusSummary.coverageBands == [1, 0.95, 0.9, 0.75, 0.5, 0])
    #expect(summary.coverageCounts == [1, 2, 2, 1, 1, 2])
  }

  @Test func keepsTheWorstArticlesWorstFirst() {
    var summary = CorpusSummary(worstLimit: 3)
    summary.add(Self.article("clean"))
    summary.add(Self.article("one-warning", warnings: 1))
    summary.add(Self.article("two-errors", errors: 2))
    summary.add(Self.article("low-coverage", coverage: 0.4))
    summary.add(Self.article("one-error-low", coverage: 0.8, errors: 1))
    summary.add(Self.article("one-error", errors: 1))
    #expect(summary.worst.map(\.path) == ["two-errors", "one-error-low", "one-error"])
  }

  @Test func countsEveryFailureAndKeepsTheFirst() {
    var summary = CorpusSummary(failureLimit: 2)
    for index in 0..<5 { summary.addFailure(path: "f\(index)", reason: "unreadable") }
    #expect(summary.failed == 5)
    #expect(summary.failures.map(\.path) == ["f0", "f1"])
    #expect(summary.articles == 0)
  }

  /// The record of a real audit: the fixture's article lacks an English paragraph.
  @Test func recordsAnAudit() {
    let context = AuditFixture.context([
      [
        .uk: "Рада ухвалила бюджет на 2026 рік.", .en: "The Rada passed the 2026 budget.",
        .ru: "Рада приняла бюджет на 2026 год.",
      ],
      [.uk: "Ігор Терехов додав, що відкрили штаб.", .ru: "Игорь Терехов добавил, что открыли штаб."],
    ])
    let audit = ArticleAudit(context: context)
    let record = CorpusSummary.Article(path: "x", report: audit)
    #expect(record.languages == [.uk, .en, .ru])
    #expect(record.paragraphs == 5)
    #expect(record.groups == 2)
    #expect(record.rules[.missing] == [.error: 1])
    #expect(record.coverage < 1)
  }
}
