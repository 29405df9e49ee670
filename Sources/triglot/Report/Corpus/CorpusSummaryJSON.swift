import TriglotAudit

/// The `summary` of `triglot audit DIR… --format json` (version 1): the totals of
/// ``CorpusSummary``, for programs.
struct CorpusSummaryJSON: Encodable {
  /// The articles of one coverage band.
  struct Band: Encodable {
    /// The band's lower bound of lowest coverage (0…1); the band reaches up to the next bound.
    var atLeast: Double
    var articles: Int
  }

  /// The findings of one rule.
  struct RuleCount: Encodable {
    var findings: Int
    var articles: Int
    /// Its findings per severity, every severity named.
    var severities: [String: Int]
  }

  /// One of the worst articles.
  struct Worst: Encodable {
    var path: String
    var errors: Int
    var warnings: Int
    var info: Int
    var coverage: Double
  }

  var articles: Int
  var failed: Int
  var articlesWithFindings: Int
  var paragraphs: Int
  var groups: Int
  var coverage: [Band]
  var severities: [String: Int]
  var rules: [String: RuleCount]
  var worst: [Worst]
  var accepted: Int?

  init(_ summary: CorpusSummary) {
    articles = summary.articles
    failed = summary.failed
    articlesWithFindings = summary.articlesWithFindings
    paragraphs = summary.paragraphs
    groups = summary.groups
    coverage = zip(CorpusSummary.coverageBands, summary.coverageCounts).map {
      Band(atLeast: $0, articles: $1)
    }
    severities = Self.named(summary.severities)
    rules = Dictionary(
      uniqueKeysWithValues: summary.findingsByRule.map {
        (
          $0.key.rawValue,
          RuleCount(
            findings: $0.value.findings, articles: $0.value.articles,
            severities: Self.named($0.value.severities))
        )
      })
    worst = summary.worst.map {
      Worst(
        path: $0.path, errors: $0.severities[.error] ?? 0, warnings: $0.severities[.warning] ?? 0,
        info: $0.severities[.info] ?? 0, coverage: $0.coverage)
    }
    accepted = summary.accepted
  }

  /// `counts` keyed by severity name, every severity there.
  private static func named(_ counts: [Severity: Int]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
  }
}
