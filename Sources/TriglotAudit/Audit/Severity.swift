/// How much a finding matters to an editor.
///
/// Severities are ordered: ``info`` < ``warning`` < ``error``. Filters (`--min-severity`) and exit
/// gates (`--fail-on`) compare with that order.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Worth knowing, not necessarily wrong (a paragraph that moved).
  case info
  /// Probably wrong; a person should look (a name missing or spelled two ways).
  case warning
  /// The editions disagree on content (a missing paragraph, a changed number or date).
  case error

  /// 0 for info, 1 for warning, 2 for error.
  var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
