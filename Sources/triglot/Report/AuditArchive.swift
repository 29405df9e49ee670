import TriglotAlign
import TriglotAudit

/// What `triglot audit DIR…` reports: the audit of every article folder it could read, in the
/// order found, and how many it could not (those are reported on standard error).
struct AuditArchive {
  /// One audited article folder.
  struct Article {
    /// The folder (`Corpora/articles/02-kharkiv-strike`).
    var path: String
    /// Its audit, with the findings shown (at or above `--min-severity`).
    var report: ArticleAudit
  }

  /// The audited articles.
  var articles: [Article]
  /// How many folders (articles, or folders without one) could not be audited.
  var unreadable: Int

  /// How many shown findings of each severity all articles have together.
  var severityCounts: [Severity: Int] {
    articles.flatMap(\.report.findings).reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
  }

  /// The article with the lowest coverage, and that coverage (0…1); nil without articles.
  var lowestCoverage: (article: Article, share: Double)? {
    articles.map { ($0, $0.report.coverage.minimum) }.min { $0.1 < $1.1 }
  }
}
