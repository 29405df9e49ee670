import Foundation
import TriglotAlign
import TriglotText

/// An article of the Corpora with its gold alignment and injected differences (gold.json).
struct GoldArticle: Sendable {
  /// One injected difference.
  struct Difference: Decodable, Sendable {
    var rule: String
    var edition: String
    var paragraphs: [String: [Int]]
    var values: [String: [String]]?
    var note: String?
  }

  private struct Gold: Decodable {
    var clean: Bool
    var boilerplate: [String: [Int]]
    var groups: [[String: [Int]]]
    var differences: [Difference]
  }

  /// The folder name ("02-kharkiv-strike").
  var slug: String
  /// Whether the article has no injected difference.
  var clean: Bool
  /// The injected differences.
  var differences: [Difference]
  /// The editions.
  var editions: [Edition]
  /// The gold alignment.
  var alignment: Alignment
  /// The gold boilerplate per language.
  var boilerplate: [Language: Set<Int>]

  /// The Corpora's articles folder, beside the package root.
  static let folder: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url.appendingPathComponent("Corpora/articles")
      }
    }
    fatalError("Package.swift not found above \(#filePath)")
  }()

  /// Every article with a gold.json, by slug.
  static let all: [GoldArticle] = {
    let slugs = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return slugs.sorted().compactMap { try? GoldArticle(slug: $0) }
  }()

  init(slug: String) throws {
    let base = Self.folder.appendingPathComponent(slug)
    let gold = try JSONDecoder().decode(
      Gold.self, from: Data(contentsOf: base.appendingPathComponent("gold.json")))
    self.slug = slug
    clean = gold.clean
    differences = gold.differences
    editions = try Language.editions.map { language in
      let url = base.appendingPathComponent("\(language.rawValue).txt")
      return Edition(
        language: language, source: url.path, text: try String(contentsOf: url, encoding: .utf8))
    }
    alignment = Alignment(
      editions: editions,
      groups: gold.groups.map { group in
        AlignmentGroup(
          paragraphs: Dictionary(
            uniqueKeysWithValues: group.compactMap { key, indices in
              Language(rawValue: key).map { ($0, indices) }
            }), confidence: 1)
      })
    boilerplate = Dictionary(
      uniqueKeysWithValues: gold.boilerplate.compactMap { key, indices in
        Language(rawValue: key).map { ($0, Set(indices)) }
      })
  }

  /// The audit context over the gold alignment, with facts extracted from the text and the gold
  /// boilerplate.
  func goldContext() -> AuditContext {
    AuditContext(
      alignment: alignment,
      facts: Dictionary(
        uniqueKeysWithValues: editions.map { edition in
          (
            edition.language,
            edition.paragraphs.indices.map { index in
              ParagraphFacts(
                text: edition.paragraphs[index].text, edition: edition.language,
                isBoilerplate: boilerplate[edition.language]?.contains(index) ?? false,
                language: nil)
            }
          )
        }))
  }
}
