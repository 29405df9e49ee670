import TriglotAlign
import TriglotText

/// The totals of a corpus audit, added to one article at a time so that a run over any number
/// of articles keeps only counts, the few worst articles and the first failures: articles and
/// paragraphs, the distribution of coverage, findings by severity and by rule.
///
/// ```swift
/// var summary = CorpusSummary()
/// summary.add(CorpusSummary.Article(path: "2026/11/03/strike", report: audit))
/// summary.addFailure(path: "2026/11/04/storm", reason: "only one edition")
/// print(summary.articles, summary.findingsByRule[.missing]?.findings ?? 0)
/// ```
public struct CorpusSummary: Sendable, Equatable {
  /// What the summary keeps of one audited article.
  public struct Article: Sendable, Equatable {
    /// The article's name in the corpus (its folder, or a manifest line's id).
    public var path: String
    /// The languages of its editions, in Triglot's order.
    public var languages: [Language]
    /// Its paragraphs, all editions together (boilerplate included).
    public var paragraphs: Int
    /// Its alignment groups.
    public var groups: Int
    /// The lowest coverage of the source by an edition (0…1).
    public var coverage: Double
    /// Its findings per severity.
    public var severities: [Severity: Int]
    /// Its findings per rule, and per severity within the rule (a rule's findings need not all
    /// have one severity: `number-mismatch` warns of a value only one edition states).
    public var rules: [AuditRuleID: [Severity: Int]]
    /// How many findings a baseline hid; nil without a baseline.
    public var accepted: Int?

    /// The record of `report`, the audit of the article at `path` with the findings shown.
    public init(path: String, report: ArticleAudit) {
      self.path = path
      languages = report.editions.map(\.language)
      paragraphs = report.editions.reduce(0) { $0 + $1.paragraphs.count }
      groups = report.context.alignment.groups.count
      coverage = report.coverage.minimum
      severities = report.findings.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
      rules = report.findings.reduce(into: [:]) { $0[$1.rule, default: [:]][$1.severity, default: 0] += 1 }
      accepted = report.acceptedCount
    }

    /// A record from its parts (an article audited elsewhere, a cluster's result line).
    public init(
      path: String, languages: [Language], paragraphs: Int, groups: Int, coverage: Double,
      severities: [Severity: Int], rules: [AuditRuleID: [Severity: Int]], accepted: Int? = nil
    ) {
      self.path = path
      self.languages = languages
      self.paragraphs = paragraphs
      self.groups = groups
      self.coverage = coverage
      self.severities = severities
      self.rules = rules
      self.accepted = accepted
    }

    /// Its findings, all severities together.
    public var findings: Int { severities.values.reduce(0, +) }

    /// Whether `self` is worse than `other`: more errors, then more warnings, then lower
    /// coverage, then more findings; ties go by path so the order is stable.
    public func isWorse(than other: Article) -> Bool {
      let mine = (severities[.error] ?? 0, severities[.warning] ?? 0)
      let theirs = (other.severities[.error] ?? 0, other.severities[.warning] ?? 0)
      if mine != theirs { return mine > theirs }
      if coverage != other.coverage { return coverage < other.coverage }
      if findings != other.findings { return findings > other.findings }
      return path < other.path
    }
  }

  /// An article that could not be audited, and why.
  public struct Failure: Sendable, Equatable {
    /// The article's name in the corpus.
    public var path: String
    /// The one-line reason ("uk.txt: not UTF-8 …", "needs at least two editions …").
    public var reason: String

    /// Creates a failure record.
    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    /// The reason as one line naming the article: the reason itself when it names the path
    /// already (most do: `…/lonely: needs at least two editions`), else `path: reason`.
    public var line: String { reason.contains(path) ? reason : "\(path): \(reason)" }
  }

  /// The findings of one rule over the corpus.
  public struct RuleCount: Sendable, Equatable {
    /// How many findings it made.
    public var findings: Int
    /// In how many articles.
    public var articles: Int
    /// Its findings per severity.
    public var severities: [Severity: Int]

    /// Creates a count.
    public init(findings: Int, articles: Int, severities: [Severity: Int] = [:]) {
      self.findings = findings
      self.articles = articles
      self.severities = severities
    }
  }

  /// The bounds of the coverage bands, from the top: an article falls in the first band whose
  /// bound its lowest coverage reaches (100%, 95–100%, 90–95%, 75–90%, 50–75%, under 50%).
  public static let coverageBands: [Double] = [1, 0.95, 0.9, 0.75, 0.5, 0]

  /// How many of the worst articles are kept (``worst``).
  public var worstLimit: Int
  /// How many failures are kept with their reason (``failures``); all are counted.
  public var failureLimit: Int

  /// Articles audited.
  public private(set) var articles = 0
  /// Articles with at least one finding shown.
  public private(set) var articlesWithFindings = 0
  /// Paragraphs of the audited articles, all editions together.
  public private(set) var paragraphs = 0
  /// Alignment groups of the audited articles.
  public private(set) var groups = 0
  /// Articles per band of ``coverageBands`` (same indices).
  public private(set) var coverageCounts: [Int]
  /// Findings per severity.
  public private(set) var severities: [Severity: Int] = [:]
  /// Findings per rule, with the number of articles.
  public private(set) var findingsByRule: [AuditRuleID: RuleCount] = [:]
  /// Findings a baseline hid, over all articles; nil when no article had a baseline applied.
  public private(set) var accepted: Int?
  /// The worst articles, worst first (at most ``worstLimit``, only articles with findings or
  /// coverage under 100%).
  public private(set) var worst: [Article] = []
  /// The article with the lowest coverage.
  public private(set) var lowestCoverage: Article?
  /// Articles that could not be audited.
  public private(set) var failed = 0
  /// The first failures (at most ``failureLimit``), in the order added.
  public private(set) var failures: [Failure] = []

  /// An empty summary keeping the `worstLimit` worst articles and the first `failureLimit`
  /// failures.
  public init(worstLimit: Int = 10, failureLimit: Int = 50) {
    self.worstLimit = worstLimit
    self.failureLimit = failureLimit
    coverageCounts = Array(repeating: 0, count: Self.coverageBands.count)
  }

  /// Counts an audited article.
  public mutating func add(_ article: Article) {
    articles += 1
    paragraphs += article.paragraphs
    groups += article.groups
    if article.findings > 0 { articlesWithFindings += 1 }
    let band = Self.coverageBands.firstIndex { article.coverage >= $0 } ?? 0
    coverageCounts[band] += 1
    for (severity, count) in article.severities { severities[severity, default: 0] += count }
    for (rule, severities) in article.rules {
      let count = severities.values.reduce(0, +)
      guard count > 0 else { continue }
      findingsByRule[rule, default: RuleCount(findings: 0, articles: 0)].findings += count
      findingsByRule[rule]!.articles += 1
      for (severity, number) in severities {
        findingsByRule[rule]!.severities[severity, default: 0] += number
      }
    }
    if let count = article.accepted { accepted = (accepted ?? 0) + count }
    if lowestCoverage.map({ article.coverage < $0.coverage }) ?? true { lowestCoverage = article }
    if article.findings > 0 || article.coverage < 1 { keepIfWorst(article) }
  }

  /// Counts an article that could not be audited.
  public mutating func addFailure(path: String, reason: String) {
    failed += 1
    if failures.count < failureLimit { failures.append(Failure(path: path, reason: reason)) }
  }

  private mutating func keepIfWorst(_ article: Article) {
    guard worst.count < worstLimit || article.isWorse(than: worst[worst.count - 1]) else {
      return
    }
    let place = worst.firstIndex { article.isWorse(than: $0) } ?? worst.count
    worst.insert(article, at: place)
    if worst.count > worstLimit { worst.removeLast() }
  }
}
