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
        for folder in try ArticleFolder.folders(in: directory, matching: .gold) {
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

  private func evaluate(_ folder: ArticleFolder) throws -> AlignEvaluationReport.Article {
    let editions = try folder.editions()
    let goldPath = folder.file("gold.json")
    let gold = try ReferenceAlignment(json: Data(InputReader.bytes(of: goldPath)), source: goldPath)
    let alignment = try ParagraphAligner().align(editions)
    let languages = editions.map(\.language)
    return AlignEvaluationReport.Article(
      name: folder.name, path: URL(fileURLWithPath: folder.path).path, languages: languages,
      score: AlignmentScore(
        predicted: alignment.groups, reference: gold.groups, languages: languages))
  }
}
