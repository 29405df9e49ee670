import TriglotAudit

/// `triglot audit DIR… --format json` (version 1), written as the articles come:
/// `{"articles":[…],"failed":[…],"summary":{…},"version":1}`, pretty-printed with sorted keys as
/// every JSON document of Triglot. Each article is the single-article document with its folder's
/// `path` (``CorpusLineDocument``); `failed` lists the articles that could not be audited, with
/// their reason; `summary` is ``CorpusSummaryJSON``. Only one article's text is held at a time.
struct CorpusJSONFormatter: CorpusFormatter {
  /// The document's fields after `articles`, in key order.
  private struct Tail: Encodable {
    var failed: [CorpusLineDocument]
    var summary: CorpusSummaryJSON
    var version = 1
  }

  func opening() -> String { "{\n  \"articles\" : [\n" }

  func piece(name: ArticleName, report: ArticleAudit, fails: Bool) throws -> String {
    try Self.indented(
      JSONOutput.string(CorpusLineDocument(name: name, document: AuditJSONDocument(report))))
  }

  /// Failures are listed under `failed` at the end.
  func failurePiece(name: ArticleName, reason: String) -> String { "" }

  var separator: String { ",\n" }

  func closing(
    summary: CorpusSummary, failures: [CorpusSummary.Failure], lastPiece: String?
  ) throws -> String {
    let tail = try JSONOutput.string(
      Tail(
        failed: failures.map { CorpusLineDocument(name: .path($0.path), error: $0.reason) },
        summary: CorpusSummaryJSON(summary)))
    // `{\n  "failed" : …` continues the open object after the articles' array.
    return "\n  ],\n" + tail.dropFirst(2)
  }

  /// `json` (a pretty-printed object ending with a newline) as an element of the top-level
  /// array: every line four spaces in, no newline at the end.
  private static func indented(_ json: String) -> String {
    json.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
      .map { "    " + $0 }.joined(separator: "\n")
  }
}
