import Foundation
import TriglotAlign
import TriglotText

/// `triglot audit --format json` (version 1): the `align` document (editions and groups) plus
/// `findings` and `coverage`.
struct AuditJSONDocument: Encodable {
  var version = 1
  var editions: [EditionJSON]
  var groups: [GroupJSON]
  var findings: [FindingJSON]
  var coverage: CoverageJSON

  init(_ report: AuditReport) {
    editions = report.editions.map { edition in
      EditionJSON(
        lang: edition.language.rawValue, path: edition.source,
        paragraphs: edition.paragraphs.indices.map { index in
          let facts = report.context.paragraph(edition.language, index)
          return ParagraphJSON(
            index: index, text: edition.paragraphs[index].text,
            language: (facts.language ?? .other).rawValue, boilerplate: facts.isBoilerplate)
        })
    }
    groups = report.context.alignment.groups.map { group in
      GroupJSON(
        paragraphs: Dictionary(
          uniqueKeysWithValues: report.context.languages.map { ($0.rawValue, group[$0]) }),
        confidence: group.confidence)
    }
    findings = report.findings.map(FindingJSON.init)
    coverage = CoverageJSON(coverage: report.coverage)
  }

  /// The document as pretty-printed JSON with sorted keys, ending with a newline.
  func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }
}

/// An edition in the JSON document.
struct EditionJSON: Encodable {
  var lang: String
  var path: String
  var paragraphs: [ParagraphJSON]
}

/// A paragraph in the JSON document.
struct ParagraphJSON: Encodable {
  var index: Int
  var text: String
  var language: String
  var boilerplate: Bool
}

/// A group in the JSON document: `{"uk":[0],"en":[0],"ru":[0],"confidence":0.97}`.
struct GroupJSON: Encodable {
  var paragraphs: [String: [Int]]
  var confidence: Double

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    for (language, indices) in paragraphs {
      try container.encode(indices, forKey: Key(stringValue: language))
    }
    try container.encode(
      (confidence * 1000).rounded() / 1000, forKey: Key(stringValue: "confidence"))
  }
}
