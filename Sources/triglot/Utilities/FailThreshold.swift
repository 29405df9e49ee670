import ArgumentParser
import TriglotAudit

/// The lowest severity that makes `triglot audit` exit 1 (`never`: none does).
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
  case info, warning, error, never

  /// Whether a finding of `audit` reaches the threshold.
  func isReached(by audit: ArticleAudit) -> Bool {
    guard let severity = Severity(rawValue: rawValue) else { return false }
    return audit.hasFinding(atLeast: severity)
  }
}
