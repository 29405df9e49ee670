import Foundation
import TriglotAlign
import TriglotText

/// An article of the repository's Corpora (Corpora/articles/<slug>/{uk,en,ru}.txt + gold.json),
/// found relative to this file so that the tests run from any working directory.
struct CorpusArticle: Sendable {
  var name: String
  var editions: [Edition]
  var reference: ReferenceAlignment

  /// The Corpora's article folder.
  static let folder: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url.appendingPathComponent("Corpora/articles")
      }
    }
    return URL(fileURLWithPath: "Corpora/articles")
  }()

  /// Every article with a gold.json, by name.
  static func loadAll() throws -> [CorpusArticle] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.compactMap { name in
      let directory = folder.appendingPathComponent(name)
      let gold = directory.appendingPathComponent("gold.json")
      guard FileManager.default.fileExists(atPath: gold.path) else { return nil }
      let editions = try Language.editions.map { language in
        let file = directory.appendingPathComponent("\(language.rawValue).txt")
        return Edition(
          language: language, source: file.path, text: try String(contentsOf: file, encoding: .utf8)
        )
      }
      return CorpusArticle(
        name: name, editions: editions,
        reference: try ReferenceAlignment(json: Data(contentsOf: gold), source: gold.path))
    }
  }
}
