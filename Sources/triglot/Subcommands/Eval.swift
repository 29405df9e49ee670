import ArgumentParser
import Foundation
import TriglotAlign
import TriglotText

/// `triglot eval`: aligns every article that has a gold.json and scores it against the gold.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score the aligner against hand-made alignments (gold.json).",
    discussion: """
      A DIR is an article folder (uk.txt, en.txt, ru.txt — any two or three — and gold.json) \
      or a folder of article folders. Prints per article and overall the pair precision, \
      recall and F1 per language pair and the share of exactly right groups. Exit codes: \
      0 success, 2 input error (missing folder, no article found, invalid gold.json), 64 usage.
      """)

  /// The output formats of `triglot eval`.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Article folders, or folders of article folders.")
  var directories: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func validate() throws {
    if directories.isEmpty { throw ValidationError("give at least one article folder") }
  }

  func run() throws {
    try reportingInputErrors {
      var articles: [AlignEvaluationReport.Article] = []
      for directory in directories {
        for folder in try articleFolders(in: directory) {
          articles.append(try evaluate(folder))
        }
      }
      let report = AlignEvaluationReport(articles: articles)
      switch format {
      case .text: FileHandle.standardOutput.write(Data(report.text().utf8))
      case .json: try JSONOutput.print(report.document())
      }
    }
  }

  private func articleFolders(in directory: String) throws -> [URL] {
    let url = URL(fileURLWithPath: directory)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw CLIError("\(directory): no such folder")
    }
    guard isDirectory.boolValue else {
      throw CLIError("\(directory): not a folder; give an article folder with gold.json")
    }
    if hasGold(url) { return [url] }
    let children = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let folders = children.sorted().map { url.appendingPathComponent($0) }.filter(hasGold)
    guard !folders.isEmpty else {
      throw CLIError(
        "\(directory): no article found; an article folder holds uk.txt, en.txt, ru.txt "
          + "and gold.json")
    }
    return folders
  }

  private func hasGold(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent("gold.json").path)
  }

  private func evaluate(_ folder: URL) throws -> AlignEvaluationReport.Article {
    var editions: [Edition] = []
    for language in Language.editions {
      let file = folder.appendingPathComponent("\(language.rawValue).txt")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      editions.append(
        Edition(language: language, source: file.path, text: try InputReader.text(of: file.path)))
    }
    guard editions.count >= 2 else {
      throw CLIError("\(folder.path): needs at least two of uk.txt, en.txt and ru.txt")
    }
    let goldPath = folder.appendingPathComponent("gold.json").path
    let gold = try ReferenceAlignment(json: Data(InputReader.bytes(of: goldPath)), source: goldPath)
    let alignment = try ParagraphAligner().align(editions)
    let languages = editions.map(\.language)
    return AlignEvaluationReport.Article(
      name: folder.lastPathComponent, path: folder.path, languages: languages,
      score: AlignmentScore(
        predicted: alignment.groups, reference: gold.groups, languages: languages))
  }
}
