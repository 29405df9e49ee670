import TriglotAlign
import TriglotAudit
import TriglotText

/// The `options` of `POST /v1/audit`: `triglot audit`'s options, camel-cased (`disable`,
/// `minSeverity`, `failOn`, `failUnder`, `source`, `standard`), `names` (a house-style list's
/// text, what `--names FILE` reads) and the ``ReadingOptions``.
struct AuditRequestOptions: RequestOptions {
  /// The keys `options` takes.
  static let keys =
    ["disable", "minSeverity", "failOn", "failUnder", "source", "standard", "names"]
    + ReadingOptions.keys

  /// The audit asked for; messages name its options as `options.failUnder` …
  var settings = AuditSettings(naming: .json)
  /// The house style: `CYRILLIC<TAB>LATIN[<TAB>NOTE]` lines.
  var names: String?
  var reading = ReadingOptions()

  init() {}

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: JSONKey.self)
    try container.rejectUnknownKeys(Self.keys, kind: "option")
    settings.disabled =
      try container.decodeIfPresent([String].self, forKey: JSONKey("disable"))?
      .map { AuditRuleID($0) } ?? []
    settings.minSeverity =
      try container.decodeChoice("minSeverity", among: Severity.allCases) ?? .info
    settings.failOn = try container.decodeChoice("failOn", among: FailThreshold.allCases) ?? .error
    settings.failUnder = try container.decodeIfPresent(Double.self, forKey: JSONKey("failUnder"))
    settings.source = try container.decodeChoice("source", among: Language.editions)
    settings.standard = try container.decodeIfPresent(String.self, forKey: JSONKey("standard"))
    names = try container.decodeIfPresent(String.self, forKey: JSONKey("names"))
    reading = try ReadingOptions(from: container)
  }

  /// Audits `editions` as `triglot audit` does with the same options: every finding, shown or
  /// not.
  ///
  /// - Throws: ``ServeError/invalidRequest(_:)`` for an unknown rule or standard, a percentage
  ///   out of range, a source not given or a bad line in `names` (named `options.names:LINE`);
  ///   the aligner's errors, and ICU's compiling the standard, which are the server's.
  func audit(_ editions: [Edition]) throws -> ArticleAudit {
    do {
      try settings.validate()
      return try settings.audit(editions, with: try settings.auditor(houseNames: houseNames()))
    } catch let error as AuditSettingsError {
      throw ServeError.invalidRequest(error.errorDescription!)
    }
  }

  /// The house style of `names`, nil without one.
  private func houseNames() throws(ServeError) -> HouseNames? {
    do {
      return try names.map { text throws(TriglotTextError) in
        try HouseNames(parsing: text, source: "options.names")
      }
    } catch {
      throw .invalidRequest(error.errorDescription!)
    }
  }
}
