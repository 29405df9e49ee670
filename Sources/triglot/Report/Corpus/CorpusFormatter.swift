import TriglotAudit

/// How one output format of a corpus audit (`triglot audit DIR…`, `--corpus`, `--manifest`) is
/// written as the articles are handed over: what comes before them, each article's piece —
/// rendered on the worker thread that audited it, so formatting runs on all cores too — what
/// goes between two pieces, and what comes after the last, once the totals are known.
protocol CorpusFormatter: Sendable {
  /// What comes before the first article.
  func opening() throws -> String
  /// The piece of an audited article (`report` has the findings shown; `fails` says whether it
  /// fails `--fail-on`/`--fail-under`).
  func piece(name: ArticleName, report: ArticleAudit, fails: Bool) throws -> String
  /// The piece of an article that could not be audited, with the one-line reason.
  func failurePiece(name: ArticleName, reason: String) throws -> String
  /// What goes between two pieces.
  var separator: String { get }
  /// What comes after the last article: the totals, and every failure when the format lists
  /// them at the end; `lastPiece` is the last non-empty piece written (nil: none was).
  func closing(
    summary: CorpusSummary, failures: [CorpusSummary.Failure], lastPiece: String?
  ) throws -> String
}

/// What an article of a corpus run is called in the output: its folder, or a manifest line's
/// id.
enum ArticleName: Sendable, Hashable {
  /// An article folder's path (`Corpora/articles/02-kharkiv-strike`).
  case path(String)
  /// A `--manifest` line: its number in the manifest (from 1) and its `id`, as the line gave
  /// it (a JSON string or number), when it has one.
  case line(Int, id: ManifestID?)

  /// The name as text, for messages and the summary.
  var text: String {
    switch self {
    case .path(let path): path
    case .line(let number, let id): id?.text ?? "line \(number)"
    }
  }
}
