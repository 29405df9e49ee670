import CSV
import Foundation
import TriglotAudit
import TriglotText

/// `triglot audit DIR… --format csv`: one row per finding, for a spreadsheet, written with
/// CSV.swift (RFC 4180 quoting). An article without findings has no row; an article that could
/// not be audited has one, with status `not audited` and the reason as its message. Groups and
/// paragraphs are numbered from 1, as in the text and HTML reports.
struct CorpusCSVFormatter: CorpusFormatter {
  /// The header row.
  static let columns = [
    "path", "status", "rule", "severity", "group", "edition", "paragraphs_uk", "paragraphs_en",
    "paragraphs_ru", "values_uk", "values_en", "values_ru", "message",
  ]

  func opening() throws -> String { try Self.csv([Self.columns]) }

  func piece(name: ArticleName, report: ArticleAudit, fails: Bool) throws -> String {
    try Self.csv(
      report.findings.map { finding in
        var row = [
          name.text, "audited", finding.rule.rawValue, finding.severity.rawValue,
          String(finding.group + 1), finding.edition?.rawValue ?? "",
        ]
        row += Language.editions.map { language in
          (finding.paragraphs[language] ?? []).map { String($0 + 1) }.joined(separator: " ")
        }
        row += Language.editions.map {
          (finding.values[$0] ?? []).joined(separator: " | ")
        }
        return row + [finding.message]
      })
  }

  func failurePiece(name: ArticleName, reason: String) throws -> String {
    try Self.csv(
      [[name.text, "not audited"] + Array(repeating: "", count: Self.columns.count - 3) + [reason]])
  }

  var separator: String { "" }

  func closing(
    summary: CorpusSummary, failures: [CorpusSummary.Failure], lastPiece: String?
  ) -> String { "" }

  /// `rows` as CSV text, each row ending with a newline.
  private static func csv(_ rows: [[String]]) throws -> String {
    guard !rows.isEmpty else { return "" }
    let writer = try CSVWriter(stream: .toMemory())
    for row in rows { try writer.write(row: row) }
    writer.stream.close()
    let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
