import TriglotAlign
import TriglotAudit
import TriglotText

/// The `findings` entries of `triglot audit --format json`.
struct FindingJSON: Encodable {
  var rule: String
  var severity: String
  var group: Int
  var edition: String?
  var paragraphs: [String: [Int]]
  var values: [String: [String]]
  var message: String
  var sentences: [String: [String]]

  init(_ finding: Finding) {
    rule = finding.rule.rawValue
    severity = finding.severity.rawValue
    group = finding.group
    edition = finding.edition?.rawValue
    paragraphs = Dictionary(uniqueKeysWithValues: finding.paragraphs.map { ($0.rawValue, $1) })
    values = Dictionary(uniqueKeysWithValues: finding.values.map { ($0.rawValue, $1) })
    message = finding.message
    sentences = Dictionary(uniqueKeysWithValues: finding.sentences.map { ($0.rawValue, $1) })
  }

  private enum CodingKeys: String, CodingKey {
    case rule, severity, group, edition, paragraphs, values, message, sentences
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rule, forKey: .rule)
    try container.encode(severity, forKey: .severity)
    try container.encode(group, forKey: .group)
    // `edition` is always present, `null` when no single edition is at fault.
    try container.encode(edition, forKey: .edition)
    try container.encode(paragraphs, forKey: .paragraphs)
    try container.encode(values, forKey: .values)
    try container.encode(message, forKey: .message)
    // Only the rules that quote sentences give them (partial, number and date mismatches).
    if !sentences.isEmpty { try container.encode(sentences, forKey: .sentences) }
  }
}

/// The `coverage` object of `triglot audit --format json`:
/// `{"source":"uk","en":{"paragraphs":0.9,"characters":0.88},"ru":{…}}`.
struct CoverageJSON: Encodable {
  var coverage: Coverage

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  private struct ShareJSON: Encodable {
    var paragraphs: Double
    var characters: Double
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(coverage.source.rawValue, forKey: Key(stringValue: "source"))
    for (language, share) in coverage.editions {
      try container.encode(
        ShareJSON(paragraphs: rounded(share.paragraphs), characters: rounded(share.characters)),
        forKey: Key(stringValue: language.rawValue))
    }
  }

  private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
