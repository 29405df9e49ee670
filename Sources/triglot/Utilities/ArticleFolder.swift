import Foundation
import TriglotAlign
import TriglotText

/// A folder holding one article's editions as `uk.txt`, `en.html`, `ru.md` … (any two or
/// three languages, any supported format), the unit `triglot eval DIR…` and `triglot audit
/// DIR…` work on.
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

  /// The file names an edition of `language` may have, in the order one is chosen when the
  /// folder holds several: `uk.txt`, `uk.text`, `uk.md`, `uk.markdown`, `uk.html`, `uk.htm`,
  /// `uk.xhtml`.
  static func editionFiles(_ language: Language) -> [String] {
    [InputFormat.text, .markdown, .html].flatMap(\.pathExtensions).map {
      "\(language.rawValue).\($0)"
    }
  }

  /// Files an article folder holds besides its editions, read by other commands
  /// (`gold.json`, the gold alignment of `triglot eval`).
  static let knownFiles: Set<String> = ["gold.json"]

  /// The edition files the folder holds, per language in Triglot's order: the first of
  /// ``editionFiles(_:)`` present.
  func editionFiles() -> [(language: Language, file: String)] {
    Language.editions.compactMap { language in
      Self.editionFiles(language).first(where: holds).map { (language, $0) }
    }
  }

  /// Why the folder's files cannot be listed (no permission), or nil when they can.
  var listingError: String? {
    guard opendir(path).map({ closedir($0) }) == nil else { return nil }
    return String(cString: strerror(errno))
  }

  /// The folder's files that are neither an edition read nor a known file, each with why it is
  /// skipped, sorted by name. Hidden files (`.DS_Store`) are not listed.
  func skippedFiles() -> [(file: String, reason: String)] {
    let chosen = editionFiles()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().compactMap { name in
      if name.hasPrefix(".") || Self.knownFiles.contains(name) { return nil }
      if chosen.contains(where: { $0.file == name }) { return nil }
      if let (language, file) = chosen.first(where: { name.hasPrefix($0.language.rawValue + ".") }),
        Self.editionFiles(language).contains(name)
      {
        return (name, "\(file) is the \(language.englishName) edition (one file per language)")
      }
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: file(name), isDirectory: &isDirectory)
      if isDirectory.boolValue { return (name, "a folder inside an article folder") }
      return (
        name,
        "not an edition: edition files are named uk, en or ru with .txt, .md or .html"
      )
    }
  }

  /// Reads the editions the folder holds, in Triglot's order, noting on standard error every
  /// file it skips; files named for a language they do not read as get the same warning as a
  /// swapped `--uk`/`--en`/`--ru`.
  ///
  /// - Throws: ``CLIError`` naming the folder when it holds fewer than two editions, or naming
  ///   the file that cannot be read or decoded.
  func editions(options: DocumentReader.Options = DocumentReader.Options()) throws -> [Edition] {
    if let reason = listingError {
      throw CLIError("\(path): cannot list the folder (\(reason))")
    }
    for (file, reason) in skippedFiles() {
      printError("triglot: note: \(self.file(file)): skipped; \(reason)")
    }
    var editions: [Edition] = []
    for (language, name) in editionFiles() {
      editions.append(try InputReader.edition(language, at: file(name), options: options))
    }
    guard editions.count >= 2 else {
      throw CLIError(
        "\(path): needs at least two editions (uk, en, ru as .txt, .md or .html); found "
          + (editionFiles().first.map { "only " + $0.file } ?? "none"))
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
    static let editions = Criterion(
      holding: "two or three editions named uk, en and ru (.txt, .md or .html)"
    ) { folder in !folder.editionFiles().isEmpty }

    /// `triglot eval`: a folder with a gold alignment.
    static let gold = Criterion(holding: "uk.txt, en.txt, ru.txt (or .md, .html) and gold.json") {
      $0.holds("gold.json")
    }
  }

  /// The article folders `directory` names: itself when it is one, otherwise its subfolders that
  /// are, sorted by name (one level deep). A subfolder that is not one is noted on standard
  /// error.
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
    var articles: [ArticleFolder] = []
    for child in children.sorted() where !child.hasPrefix(".") {
      let candidate = ArticleFolder(path: folder.file(child))
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { continue }
      // A folder that cannot be listed may be an article: it is taken, so that reading it
      // fails with its reason and the exit code says so, rather than skipped as not one.
      if criterion.matches(candidate) || candidate.listingError != nil {
        articles.append(candidate)
      } else {
        printError(
          "triglot: note: \(candidate.path): skipped; not an article folder (an article folder "
            + "holds \(criterion.holding))")
      }
    }
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

extension ArticleFolder {
  /// One entry of a corpus run: an article folder, or a folder that could not be listed, with
  /// the one-line message naming it (`…/2026/11: cannot list the folder (Permission denied)`).
  enum CorpusEntry: Sendable, Equatable {
    case article(path: String)
    case unreadable(path: String, message: String)

    /// The folder's path.
    var path: String {
      switch self {
      case .article(let path), .unreadable(let path, _): path
      }
    }
  }

  /// Every article folder under `directory` at any depth (`triglot audit --corpus DIR`): a
  /// folder holding an edition file is an article and is not looked into; any other folder is
  /// looked into, its subfolders in name order, hidden ones skipped. A folder that cannot be
  /// listed is an entry of its own, so the run reports it; a folder reached twice through
  /// symbolic links is taken once.
  ///
  /// - Throws: ``CLIError`` naming `directory` when it does not exist or is not a folder.
  static func corpus(in directory: String) throws -> [CorpusEntry] {
    let editionFileNames = Set(Language.editions.flatMap(editionFiles))
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw CLIError("\(directory): no such folder")
    }
    guard isDirectory.boolValue else {
      throw CLIError(
        "\(directory): not a folder; --corpus takes a folder of article folders, at any depth")
    }
    var entries: [CorpusEntry] = []
    var seen: Set<String> = []
    var pending = [trimmingTrailingSlashes(directory)]
    while let path = pending.popLast() {
      let real = (path as NSString).resolvingSymlinksInPath
      guard seen.insert(real).inserted else { continue }
      let children: [String]
      do {
        children = try FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        let reason =
          access(path, R_OK | X_OK) != 0 ? String(cString: strerror(errno)) : "\(error)"
        entries.append(
          .unreadable(path: path, message: "\(path): cannot list the folder (\(reason))"))
        continue
      }
      // One listing, no stat per possible edition name: a corpus has many thousand folders.
      if children.contains(where: editionFileNames.contains) {
        entries.append(.article(path: path))
        continue
      }
      let folder = ArticleFolder(path: path)
      var subfolders: [String] = []
      for child in children.sorted() where !child.hasPrefix(".") {
        let candidate = folder.file(child)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory),
          isDirectory.boolValue
        {
          subfolders.append(candidate)
        }
      }
      // Depth first, in name order: the stack takes them reversed.
      pending += subfolders.reversed()
    }
    return entries
  }
}
