import Foundation
import Plot
import TriglotAudit

/// The folder `triglot audit DIR… --format html -o DIR` writes: `index.html`, a sortable table
/// of the articles with their coverage and findings, each linking its report in `articles/`.
///
/// Everything is written into a temporary folder beside DIR, renamed to DIR once the index is
/// whole; a DIR left by an earlier run (it holds `index.html` and `articles/`) is replaced then
/// when `--force` is given, anything else at DIR is left alone and the run refused before it
/// starts. The index's rows go
/// to a file as the articles are handed over, so the run holds none of them in memory.
final class CorpusHTMLIndex {
  /// The folder asked for.
  let target: String
  /// The temporary folder being filled.
  let staging: String
  /// The rows of the index, in article order.
  let rows: StreamedFile

  /// Prepares the temporary folder beside `target`.
  ///
  /// - Throws: ``CLIError`` naming `target` when its parent folder does not exist, or something
  ///   that is not a Triglot report folder is at `target`, or a report folder is there and
  ///   `force` is false, or the folder cannot be created.
  init(target: String, force: Bool) throws {
    guard !target.isEmpty else { throw CLIError("-o '': give the name of the folder to make") }
    let url = URL(fileURLWithPath: target).standardizedFileURL
    let parent = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError("\(target): the folder \(parent) does not exist; create it first")
    }
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue, Self.isReportFolder(url.path) else {
        throw CLIError(
          "\(target): already exists and is not a folder an earlier 'triglot audit --format "
            + "html -o' wrote (no index.html and articles/ in it); give a new folder")
      }
      guard force else {
        throw CLIError(
          "\(target): already holds a report folder; give --force to replace it, or a new folder")
      }
    }
    self.target = target
    staging = (parent as NSString).appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try? FileManager.default.removeItem(atPath: staging)
    do {
      try FileManager.default.createDirectory(
        atPath: (staging as NSString).appendingPathComponent("articles"),
        withIntermediateDirectories: true)
    } catch {
      throw CLIError(
        "\(target): cannot create the report folder in \(parent) (\(error.localizedDescription))")
    }
    rows = try StreamedFile(path: (staging as NSString).appendingPathComponent("rows.html"))
  }

  deinit {
    // Still there unless finish() renamed it: the run failed.
    try? FileManager.default.removeItem(atPath: staging)
  }

  /// Writes `index.html` around the rows and puts the folder in place of ``target``.
  ///
  /// - Throws: ``CLIError`` naming the file that cannot be written or the folder that cannot be
  ///   replaced.
  func finish(summary: CorpusSummary, roots: [String]) throws {
    try rows.commit()
    let rowsPath = (staging as NSString).appendingPathComponent("rows.html")
    let index = try StreamedFile(path: (staging as NSString).appendingPathComponent("index.html"))
    let page = CorpusHTMLIndexPage(summary: summary, roots: roots).render()
    // The page is made with the placeholder in its table; a page without it is a bug here.
    guard let split = page.range(of: CorpusHTMLIndexPage.rowsPlaceholder) else {
      preconditionFailure("the index page has no place for its rows")
    }
    try index.write(String(page[..<split.lowerBound]))
    guard let reader = FileHandle(forReadingAtPath: rowsPath) else {
      throw CLIError("\(rowsPath): cannot read the index rows back")
    }
    defer { try? reader.close() }
    while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
      try index.write(String(decoding: chunk, as: UTF8.self))
    }
    try index.write(String(page[split.upperBound...]))
    try index.commit()
    try? FileManager.default.removeItem(atPath: rowsPath)
    try moveIntoPlace()
  }

  private func moveIntoPlace() throws {
    if FileManager.default.fileExists(atPath: target) {
      let old = staging + ".old"
      guard rename(target, old) == 0 else {
        throw CLIError("\(target): cannot replace the folder (\(String(cString: strerror(errno))))")
      }
      guard rename(staging, target) == 0 else {
        let reason = String(cString: strerror(errno))
        _ = rename(old, target)
        throw CLIError("\(target): cannot replace the folder (\(reason))")
      }
      try? FileManager.default.removeItem(atPath: old)
    } else {
      guard rename(staging, target) == 0 else {
        throw CLIError("\(target): cannot create the folder (\(String(cString: strerror(errno))))")
      }
    }
  }

  /// Whether `path` looks like a folder this command wrote.
  private static func isReportFolder(_ path: String) -> Bool {
    let entries = Set((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
    return entries.isEmpty || (entries.contains("index.html") && entries.contains("articles"))
  }
}
