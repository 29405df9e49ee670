import Foundation
import TriglotAlign
import TriglotAudit
import TriglotText

/// `triglot audit --format json` (version 1): the `align` document (``AlignJSONDocument``:
/// version, editions, groups) with `findings` and `coverage` added at the top level.
struct AuditJSONDocument: Encodable {
  var alignment: AlignJSONDocument
  var findings: [FindingJSON]
  var coverage: CoverageJSON
  /// How many findings `--baseline` hid; absent without a baseline.
  var accepted: Int?

  init(_ report: ArticleAudit) {
    alignment = AlignJSONDocument(report.context.alignment)
    findings = report.findings.map(FindingJSON.init)
    coverage = CoverageJSON(coverage: report.coverage)
    accepted = report.acceptedCount
  }

  private enum CodingKeys: String, CodingKey {
    case findings, coverage, accepted
  }

  func encode(to encoder: Encoder) throws {
    // The align document and the audit's additions share one JSON object.
    try alignment.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(findings, forKey: .findings)
    try container.encode(coverage, forKey: .coverage)
    try container.encodeIfPresent(accepted, forKey: .accepted)
  }

  /// The document as pretty-printed JSON with sorted keys, ending with a newline.
  func encoded() throws -> String { try JSONOutput.string(self) }
}
