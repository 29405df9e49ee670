import Foundation
import TriglotAlign
import TriglotText

/// An article of the repository's Corpora (`Corpora/articles/<slug>/{uk,en,ru}.txt` and
/// `gold.json`): its editions, its gold alignment and the differences injected into it.
public struct CorporaArticle: Sendable {
  /// One injected difference of `gold.json`: the rule that must find it and where.
  public struct Difference: Decodable, Sendable {
    /// The audit rule id ("number-mismatch").
    public var rule: String
    /// The edition that carries it (for `missing`, the edition that lacks the paragraph).
    public var edition: String
    /// The paragraphs concerned, per language.
    public var paragraphs: [String: [Int]]
    /// The differing values, per language.
    public var values: [String: [String]]?
    /// What was changed, in words.
    public var note: String?
  }

  /// The parts of `gold.json` beyond the alignment, which ``ReferenceAlignment`` reads.
  private struct Annotations: Decodable {
    var clean: Bool
    var differences: [Difference]
  }

  /// The folder name ("02-kharkiv-strike").
  public var slug: String
  /// The editions, uk, en, ru.
  public var editions: [Edition]
  /// The gold alignment and boilerplate.
  public var reference: ReferenceAlignment
  /// Whether the article has no injected difference.
  public var clean: Bool
  /// The injected differences.
  public var differences: [Difference]

  /// The Corpora's articles folder.
  public static let folder = PackageRoot.url("Corpora/articles")

  /// Every article with a gold.json, by slug. A Corpora file that cannot be read stops the test
  /// run with its path, rather than silently shrinking the set.
  public static let all: [CorporaArticle] = {
    let slugs = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return slugs.sorted().compactMap { slug in
      let gold = folder.appendingPathComponent(slug).appendingPathComponent("gold.json")
      guard FileManager.default.fileExists(atPath: gold.path) else { return nil }
      do {
        return try CorporaArticle(slug: slug)
      } catch {
        fatalError("\(gold.path): \(error)")
      }
    }
  }()

  /// Loads the article in folder `slug` of ``folder``.
  public init(slug: String) throws {
    let base = Self.folder.appendingPathComponent(slug)
    let goldURL = base.appendingPathComponent("gold.json")
    let gold = try Data(contentsOf: goldURL)
    let annotations = try JSONDecoder().decode(Annotations.self, from: gold)
    self.slug = slug
    clean = annotations.clean
    differences = annotations.differences
    reference = try ReferenceAlignment(json: gold, source: goldURL.path)
    editions = try Language.editions.map { language in
      let url = base.appendingPathComponent("\(language.rawValue).txt")
      return Edition(
        language: language, source: url.path, text: try String(contentsOf: url, encoding: .utf8))
    }
  }

  /// The gold alignment over the editions.
  public var goldAlignment: Alignment {
    Alignment(editions: editions, groups: reference.groups)
  }

  /// The gold boilerplate paragraphs of `language`.
  public func boilerplate(_ language: Language) -> Set<Int> {
    Set(reference.boilerplate[language] ?? [])
  }
}
