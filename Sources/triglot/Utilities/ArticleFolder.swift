import Foundation
import TriglotAlign
import TriglotText

/// A folder holding one article's editions as `uk.txt`, `en.txt` and `ru.txt` (any two or three),
/// the unit `triglot eval DIR…` and `triglot audit DIR…` work on.
struct ArticleFolder: Equatable {
  /// The folder's path, as given or joined onto the path given
  /// (`Corpora/articles/02-kharkiv-strike`), without a trailing slash.
  var path: String

  /// The folder's name (`02-kharkiv-strike`).
  var name: String { (path as NSString).lastPathComponent }

  /// The path of `file` in the folder.
  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// Whether the folder holds `file`.
  func holds(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

  /// The edition file of `language` (`uk.txt`).
  static func editionFile(_ language: Language) -> String { "\(language.rawValue).txt" }

  /// Reads the editions the folder holds, in Triglot's order; files named for a language they
  /// do not read as get the same warning as a swapped `--uk`/`--en`/`--ru`.
  ///
  /// - Throws: ``CLIError`` naming the folder when it holds fewer than two editions, or naming
  ///   the file that cannot be read or decoded.
  func editions(lossy: Bool = false) throws -> [Edition] {
    var editions: [Edition] = []
    for language in Language.editions where holds(Self.editionFile(language)) {
      let path = file(Self.editionFile(language))
      let edition = Edition(
        language: language, source: path, text: try InputReader.text(of: path, lossy: lossy))
      warnIfMislabelled(edition)
      editions.append(edition)
    }
    guard editions.count >= 2 else {
      throw CLIError(
        "\(path): needs at least two of uk.txt, en.txt and ru.txt; found "
          + (editions.first.map { "only " + Self.editionFile($0.language) } ?? "none"))
    }
    return editions
  }
}

extension ArticleFolder {
  /// What makes a folder an article folder for a command.
  struct Criterion: Sendable {
    /// What an article folder holds, for messages: "an article folder holds \(holding)".
    var holding: String
    /// Whether `folder` is an article folder.
    var matches: @Sendable (ArticleFolder) -> Bool

    /// `triglot audit`: a folder with at least one edition file (one with fewer than two is
    /// then reported as unreadable, not skipped).
    static let editions = Criterion(holding: "two or three of uk.txt, en.txt and ru.txt") {
      folder in Language.editions.contains { folder.holds(ArticleFolder.editionFile($0)) }
    }

    /// `triglot eval`: a folder with a gold alignment.
    static let gold = Criterion(holding: "uk.txt, en.txt, ru.txt and gold.json") {
      $0.holds("gold.json")
    }
  }

  /// The article folders `directory` names: itself when it is one, otherwise its subfolders that
  /// are, sorted by name (one level deep).
  ///
  /// - Throws: ``CLIError`` naming `directory` when it does not exist, is not a folder, or holds
  ///   no article.
  /// - Complexity: O(*n* log *n*) for a folder of *n* entries.
  static func folders(in directory: String, matching criterion: Criterion) throws
    -> [ArticleFolder]
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw CLIError("\(directory): no such folder")
    }
    guard isDirectory.boolValue else {
      throw CLIError("\(directory): not a folder; an article folder holds \(criterion.holding)")
    }
    let folder = ArticleFolder(path: trimmingTrailingSlashes(directory))
    if criterion.matches(folder) { return [folder] }
    let children = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let articles = children.sorted().map { ArticleFolder(path: folder.file($0)) }
      .filter(criterion.matches)
    guard !articles.isEmpty else {
      throw CLIError(
        "\(directory): no article found; an article folder holds \(criterion.holding)")
    }
    return articles
  }

  private static func trimmingTrailingSlashes(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
