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
      recall and F1 per language pair and the share of exactly right groups. With --level \
      sentence, the sentence groups are scored against the gold's "sentences" (articles whose \
      gold has none are skipped, with a note). Exit codes: 0 success, 2 input error (missing \
      folder, no article found, invalid gold.json, no gold with sentences), 64 usage.
      """)

  /// The output formats of `triglot eval`.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "Article folders, or folders of article folders.")
  var directories: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "What is scored: paragraph groups, or the sentence groups inside them.")
  var level: AlignOutputLevel = .paragraph

  func validate() throws {
    if directories.isEmpty { throw ValidationError("give at least one article folder") }
  }

  func run() throws {
    try reportingInputErrors {
      var articles: [AlignEvaluationReport.Article] = []
      for directory in directories {
        for folder in try ArticleFolder.folders(in: directory, matching: .gold) {
          if let article = try evaluate(folder) { articles.append(article) }
        }
      }
      if articles.isEmpty {
        throw CLIError(
          "\(directories.joined(separator: ", ")): no gold.json with sentence groups "
            + "(\"sentences\"); add them or score paragraphs (--level paragraph)")
      }
      let report = AlignEvaluationReport(articles: articles, level: level)
      switch format {
      case .text: try StandardOutput.write(report.text())
      case .json: try JSONOutput.print(report.document())
      }
    }
  }

  /// The article's score, or nil (with a note) when sentences are scored and its gold has
  /// none.
  private func evaluate(_ folder: ArticleFolder) throws -> AlignEvaluationReport.Article? {
    let goldPath = folder.file("gold.json")
    let gold = try ReferenceAlignment(json: Data(InputReader.bytes(of: goldPath)), source: goldPath)
    let score: AlignmentScore
    let editions: [Edition]
    switch level {
    case .paragraph:
      editions = try folder.editions()
      let counts = editions.map { ($0.language, $0.paragraphs.count) }
      try gold.check(paragraphCounts: Dictionary(uniqueKeysWithValues: counts), source: goldPath)
      let alignment = try ParagraphAligner().align(editions)
      score = AlignmentScore(
        predicted: alignment.groups, reference: gold.groups, languages: editions.map(\.language))
    case .sentence:
      guard let reference = gold.sentenceGroups else {
        printError("triglot: note: \(goldPath): no sentence groups; skipped")
        return nil
      }
      editions = try folder.editions()
      let alignment = try ParagraphAligner(configuration: level.paragraphConfiguration)
        .align(editions)
      let sentences = try SentenceAligner().align(alignment)
      score = AlignmentScore(
        predicted: sentences.allGroups, reference: reference,
        languages: editions.map(\.language))
    }
    return AlignEvaluationReport.Article(
      name: folder.name, path: URL(fileURLWithPath: folder.path).path,
      languages: editions.map(\.language), score: score)
  }
}
