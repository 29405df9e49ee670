/// `triglot audit DIR… --format json` (version 1):
/// `{"version":1,"articles":[{"path":"Corpora/articles/02-kharkiv-strike", …}]}`, each article
/// the single-article document (``AuditJSONDocument``: version, editions, groups, findings,
/// coverage) with its folder's `path` added.
struct AuditArchiveJSONDocument: Encodable {
  /// One article: its folder and its audit document, in one JSON object.
  struct Article: Encodable {
    var path: String
    var document: AuditJSONDocument

    private enum CodingKeys: String, CodingKey {
      case path
    }

    func encode(to encoder: Encoder) throws {
      try document.encode(to: encoder)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
    }
  }

  var version = 1
  var articles: [Article]

  init(_ archive: AuditArchive) {
    articles = archive.articles.map {
      Article(path: $0.path, document: AuditJSONDocument($0.report))
    }
  }

  /// The document as pretty-printed JSON with sorted keys, ending with a newline.
  func encoded() throws -> String { try JSONOutput.string(self) }
}
