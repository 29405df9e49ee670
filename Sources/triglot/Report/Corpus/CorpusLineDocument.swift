/// One line of `triglot audit --format jsonl` (article folders) or `--manifest` (version 1): the
/// single-article document (``AuditJSONDocument``) with the article's `path` (or the manifest
/// line's number, `line`, and its `id`) and `fails` added; or, for an article that could not be audited,
/// `{"version":1,"path":…,"error":{"message":…}}`. See Docs/schema/audit-line.schema.json.
struct CorpusLineDocument: Encodable {
  /// The article's folder or manifest id.
  var name: ArticleName
  /// The audit; nil for an article that could not be audited.
  var document: AuditJSONDocument?
  /// Whether the article fails `--fail-on`/`--fail-under`; nil with `error`.
  var fails: Bool?
  /// Why the article could not be audited.
  var error: String?

  private enum CodingKeys: String, CodingKey {
    case path, line, id, fails, error, version
  }

  private struct ErrorObject: Encodable {
    var message: String
  }

  func encode(to encoder: Encoder) throws {
    if let document { try document.encode(to: encoder) }
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch name {
    case .path(let path): try container.encode(path, forKey: .path)
    case .line(let number, let id):
      try container.encode(number, forKey: .line)
      try container.encodeIfPresent(id, forKey: .id)
    }
    try container.encodeIfPresent(fails, forKey: .fails)
    if let error {
      try container.encode(1, forKey: .version)
      try container.encode(ErrorObject(message: error), forKey: .error)
    }
  }
}
