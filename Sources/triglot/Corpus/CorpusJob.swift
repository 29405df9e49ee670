import TriglotAudit

/// One article of a corpus run as the runner's producer hands it to a worker.
enum CorpusJob: Sendable {
  /// An article folder (`triglot audit DIR…`, `--corpus`).
  case folder(String)
  /// A folder that could not be listed, reported as an article that was not audited, with the
  /// message naming it.
  case unreadableFolder(String, message: String)
  /// A manifest line that reads as an article.
  case manifest(ManifestEntry, name: ArticleName)
  /// A manifest line that does not, with the reason.
  case invalidLine(name: ArticleName, reason: String)
}

/// What a worker hands back for one article: everything the writer needs, and nothing of the
/// article's text beyond the rendered piece.
struct CorpusOutcome: Sendable {
  /// The article's name in the output.
  var name: ArticleName
  /// The lines printed on standard error while the article was read and audited.
  var notes: [String] = []
  /// The article's piece of the output (``CorpusFormatter``).
  var piece = ""
  /// The summary's record of the article; nil when it could not be audited.
  var record: CorpusSummary.Article?
  /// Why the article could not be audited.
  var failure: String?
  /// Whether the article fails `--fail-on`/`--fail-under`.
  var fails = false
  /// Why, where the report does not show it (``AuditSettings/failureReasons(_:)``).
  var failureReasons: [String] = []
  /// The article's findings as baseline entries, when `--write-baseline` is given.
  var baseline: [FindingBaseline.Entry] = []
  /// The output could not be written (an article's page): the run stops.
  var outputError: String?
}
