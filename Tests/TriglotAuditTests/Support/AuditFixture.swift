import TriglotAlign
import TriglotAudit
import TriglotText

/// Builds small hand-aligned articles for the rule tables: each row is one group, with the text
/// of each edition's paragraph in it (nil: the edition has no paragraph there).
enum AuditFixture {
  /// A paragraph of a row: its text, and whether it is boilerplate.
  struct Cell: ExpressibleByStringLiteral {
    var text: String
    var isBoilerplate = false

    init(stringLiteral text: String) { self.text = text }
    init(_ text: String, boilerplate: Bool) {
      self.text = text
      self.isBoilerplate = boilerplate
    }
  }

  /// The context of `rows` over `languages`; paragraph languages are detected from letters.
  static func context(_ rows: [[Language: Cell]], languages: [Language] = Language.editions)
    -> AuditContext
  {
    var paragraphs: [Language: [TextSegment]] = [:]
    var info: [Language: [ParagraphInfo]] = [:]
    var groups: [AlignmentGroup] = []
    for row in rows {
      var group: [Language: [Int]] = [:]
      for language in languages {
        guard let cell = row[language] else { continue }
        let index = paragraphs[language, default: []].count
        paragraphs[language, default: []].append(TextSegment(text: cell.text, range: 0..<0))
        info[language, default: []].append(
          ParagraphInfo(
            index: index, language: ParagraphLanguage.language(of: cell.text),
            boilerplate: cell.isBoilerplate ? .readAlso : nil))
        group[language] = [index]
      }
      groups.append(AlignmentGroup(paragraphs: group, confidence: 1))
    }
    let editions = languages.map {
      Edition(language: $0, source: "\($0.rawValue).txt", paragraphs: paragraphs[$0] ?? [])
    }
    return AuditContext(
      alignment: Alignment(editions: editions, groups: groups, paragraphInfo: info))
  }

  /// The findings of `rule` on a one-group article of `row`.
  static func findings(_ rule: any AuditRule, _ row: [Language: Cell]) -> [Finding] {
    rule.findings(in: context([row], languages: row.keys.sorted()))
  }
}
