import TextTable

/// TextTable's `simple` style with two spaces between the columns, so that a heading of several
/// words ("Findings by rule") never reads as one with the next.
enum SummaryTableStyle: TextTableStyle {
  static func prepare(_ s: String, for column: Column) -> String { Simple.prepare(s, for: column) }

  static func escape(_ s: String) -> String { s }

  static func begin(_ table: inout String, index: Int, columns: [Column]) {}

  static func end(_ table: inout String, index: Int, columns: [Column]) {}

  static func header(_ table: inout String, index: Int, columns: [Column]) {
    table += columns.map { $0.headerString(for: self) }.joined(separator: "  ") + "\n"
    table += columns.map { $0.repeated("-") }.joined(separator: "  ") + "\n"
  }

  static func row(_ table: inout String, index: Int, columns: [Column]) {
    table += columns.map { $0.string(for: self) }.joined(separator: "  ") + "\n"
  }
}
