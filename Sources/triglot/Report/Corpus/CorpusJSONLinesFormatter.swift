import TriglotAudit

/// `--format jsonl` and `--manifest`: one ``CorpusLineDocument`` per article, one line each,
/// nothing before or after, so each line can be read as soon as it is written.
struct CorpusJSONLinesFormatter: CorpusFormatter {
  func opening() -> String { "" }

  func piece(name: ArticleName, report: ArticleAudit, fails: Bool) throws -> String {
    try JSONOutput.line(
      CorpusLineDocument(name: name, document: AuditJSONDocument(report), fails: fails))
  }

  func failurePiece(name: ArticleName, reason: String) throws -> String {
    try JSONOutput.line(CorpusLineDocument(name: name, error: reason))
  }

  var separator: String { "" }

  func closing(
    summary: CorpusSummary, failures: [CorpusSummary.Failure], lastPiece: String?
  ) -> String { "" }
}
