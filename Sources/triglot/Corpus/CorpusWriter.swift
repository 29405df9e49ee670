import TriglotAudit

/// Writes a corpus run's output as the runner hands over the articles, in order, and keeps the
/// totals: the summary, the failures, the baseline entries to record, how many articles fail.
final class CorpusWriter {
  let formatter: any CorpusFormatter
  let output: StreamedFile
  /// Prints the reasons an article fails on standard error (`triglot: exit 1: …`).
  let noteFailure: (_ article: String, _ reasons: [String]) -> Void
  private(set) var summary = CorpusSummary()
  /// Every article that could not be audited (the summary keeps only the first).
  private(set) var failures: [CorpusSummary.Failure] = []
  /// The findings to record with `--write-baseline`.
  private(set) var recorded = FindingBaseline()
  /// How many audited articles fail `--fail-on`/`--fail-under`.
  private(set) var failing = 0
  private var lastPiece: String?

  init(
    formatter: any CorpusFormatter, output: StreamedFile,
    noteFailure: @escaping (_ article: String, _ reasons: [String]) -> Void
  ) {
    self.formatter = formatter
    self.output = output
    self.noteFailure = noteFailure
  }

  /// Writes what comes before the articles.
  func begin() throws { try output.write(try formatter.opening()) }

  /// Prints the article's notes, counts it and writes its piece.
  ///
  /// - Throws: ``CLIError`` when the output cannot be written.
  func take(_ outcome: CorpusOutcome) throws {
    StandardError.print(lines: outcome.notes)
    if let error = outcome.outputError { throw CLIError(error) }
    let path = outcome.name.text
    if let reason = outcome.failure {
      let failure = CorpusSummary.Failure(path: path, reason: reason)
      printError("triglot: " + failure.line)
      summary.addFailure(path: path, reason: reason)
      failures.append(failure)
    } else if let record = outcome.record {
      summary.add(record)
      if outcome.fails {
        failing += 1
        noteFailure(path, outcome.failureReasons)
      }
    }
    recorded.accepted += outcome.baseline
    guard !outcome.piece.isEmpty else { return }
    if lastPiece != nil { try output.write(formatter.separator) }
    try output.write(outcome.piece)
    lastPiece = outcome.piece
  }

  /// Writes what comes after the articles and makes the output whole.
  func finish() throws {
    try output.write(
      try formatter.closing(summary: summary, failures: failures, lastPiece: lastPiece))
    try output.commit()
  }
}
