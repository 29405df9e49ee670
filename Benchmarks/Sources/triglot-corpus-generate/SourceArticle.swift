import Foundation

/// One of the three editions of an article.
enum Edition: String, CaseIterable {
  case uk, en, ru
}

/// A run of paragraphs that belong together across the editions: one group of an article's
/// gold alignment (`gold.json`), with each edition's paragraphs in it (none where an edition
/// lacks it, two where it merges what another splits).
struct Block {
  /// Each edition's paragraphs of the group, in order.
  var paragraphs: [Edition: [String]]
  /// Whether the group is page furniture (a promo, a caption, a share prompt).
  var isBoilerplate: Bool

  /// Whether every edition has exactly one article paragraph here: the groups that edits
  /// (omission, merge, split, changed number) are applied to.
  var isOneToOneToOne: Bool {
    !isBoilerplate && Edition.allCases.allSatisfy { paragraphs[$0]?.count == 1 }
  }
}

/// An article of the Corpora: its editions cut into the groups of its gold alignment.
struct SourceArticle {
  /// The article folder's name.
  var name: String
  /// The groups, in document order.
  var blocks: [Block]

  /// Reads `folder` (`uk.txt`, `en.txt`, `ru.txt` and `gold.json`, as in Corpora/articles).
  init(folder: URL) throws {
    name = folder.lastPathComponent
    var editions: [Edition: [String]] = [:]
    for edition in Edition.allCases {
      let text = try String(
        contentsOf: folder.appendingPathComponent("\(edition.rawValue).txt"), encoding: .utf8)
      editions[edition] = Self.paragraphs(of: text)
    }
    let gold = try JSONDecoder().decode(
      Gold.self, from: Data(contentsOf: folder.appendingPathComponent("gold.json")))
    blocks = try gold.groups.map { group in
      var block = Block(paragraphs: [:], isBoilerplate: false)
      for edition in Edition.allCases {
        let indices = group[edition.rawValue] ?? []
        guard let all = editions[edition], indices.allSatisfy(all.indices.contains) else {
          throw GeneratorError.badGold(folder.path)
        }
        block.paragraphs[edition] = indices.map { all[$0] }
        if indices.contains(where: { gold.boilerplate[edition.rawValue]?.contains($0) ?? false }) {
          block.isBoilerplate = true
        }
      }
      return block
    }
  }

  /// Paragraphs: blocks of lines separated by blank lines, as Triglot and gold.json count them.
  static func paragraphs(of text: String) -> [String] {
    var result: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { result.append(current.joined(separator: "\n")) }
    return result
  }

  /// Every article folder of `corpora` that holds the three editions and a gold.json.
  static func all(in corpora: URL) throws -> [SourceArticle] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpora.path).sorted()
    else { throw GeneratorError.noArticles(corpora.path) }
    let articles = try names.compactMap { name -> SourceArticle? in
      let folder = corpora.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("gold.json").path)
      else { return nil }
      return try SourceArticle(folder: folder)
    }
    guard !articles.isEmpty else { throw GeneratorError.noArticles(corpora.path) }
    return articles
  }
}

/// The part of gold.json the generator reads.
private struct Gold: Decodable {
  var boilerplate: [String: [Int]]
  var groups: [[String: [Int]]]
}

/// Why the generator cannot run; the text is what the user reads.
enum GeneratorError: Error, CustomStringConvertible {
  case noArticles(String)
  case badGold(String)

  var description: String {
    switch self {
    case .noArticles(let path):
      "\(path): no article folders with uk.txt, en.txt, ru.txt and gold.json; pass --corpora"
    case .badGold(let path):
      "\(path)/gold.json: a group names a paragraph the edition does not have"
    }
  }
}
