import Foundation

/// The parts of a `triglot audit --format json` document that say what an audit found, in a
/// form two audits of the same article in different formats can be compared by: the findings
/// without their paragraph indices, the article groups by their paragraphs' texts, and the
/// coverage.
public struct AuditDocument: Equatable, CustomStringConvertible {
  /// A finding as users read it: rule, severity, blamed edition, values and message.
  public struct Finding: Equatable, CustomStringConvertible {
    public var rule: String
    public var severity: String
    public var edition: String?
    public var values: [String: [String]]
    public var message: String

    public var description: String { "\(severity) \(rule) [\(edition ?? "-")] \(message)" }
  }

  /// The findings, in group order.
  public var findings: [Finding]
  /// Every group that holds an article (non-boilerplate) paragraph: per language, the texts of
  /// its article paragraphs.
  public var articleGroups: [[String: [String]]]
  /// Per edition other than the source, the covered shares of paragraphs and characters.
  public var coverage: [String: [Double]]
  /// The source of coverage.
  public var coverageSource: String

  /// Reads a `triglot audit --format json` document.
  public init(json: String) throws {
    guard let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let editions = document["editions"] as? [[String: Any]],
      let groups = document["groups"] as? [[String: Any]],
      let findings = document["findings"] as? [[String: Any]],
      let coverage = document["coverage"] as? [String: Any]
    else { throw CocoaError(.coderReadCorrupt) }
    var paragraphs: [String: [[String: Any]]] = [:]
    for edition in editions {
      paragraphs[edition["lang"] as? String ?? ""] = edition["paragraphs"] as? [[String: Any]]
    }
    articleGroups = groups.compactMap { group in
      var texts: [String: [String]] = [:]
      for language in ["uk", "en", "ru"] {
        for index in group[language] as? [Int] ?? [] {
          guard let paragraph = paragraphs[language]?[index],
            paragraph["boilerplate"] as? Bool == false
          else { continue }
          texts[language, default: []].append(paragraph["text"] as? String ?? "")
        }
      }
      return texts.isEmpty ? nil : texts
    }
    self.findings = findings.map {
      Finding(
        rule: $0["rule"] as? String ?? "", severity: $0["severity"] as? String ?? "",
        edition: $0["edition"] as? String, values: $0["values"] as? [String: [String]] ?? [:],
        message: $0["message"] as? String ?? "")
    }
    coverageSource = coverage["source"] as? String ?? ""
    self.coverage = [:]
    for (language, value) in coverage {
      guard let shares = value as? [String: Double] else { continue }
      self.coverage[language] = [shares["paragraphs"] ?? -1, shares["characters"] ?? -1]
    }
  }

  public var description: String {
    findings.map(\.description).joined(separator: "\n") + "\n\(articleGroups.count) article groups"
  }
}
