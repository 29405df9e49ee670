import ArgumentParser
import Foundation

/// Writes benchmark input made from the Corpora: N article folders (`OUT/00001/uk.txt en.txt
/// ru.txt` …) for the batch benchmarks, or with --long the long-document pair `OUT/long` and
/// `OUT/long-lopsided`. Deterministic: the same seed writes the same bytes.
@main
struct CorpusGenerate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triglot-corpus-generate",
    abstract: "Write article triples for the benchmarks, made from the Corpora with edits.")

  @Argument(help: "The folder to write into (created; existing article folders are replaced).")
  var output: String

  @Option(help: "How many article folders to write.")
  var count = 1000

  @Option(help: "The seed: the same seed gives the same corpus.")
  var seed: UInt64 = 14

  @Option(help: "The source articles (folders with uk.txt, en.txt, ru.txt and gold.json).")
  var corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../Corpora/articles").standardizedFileURL.path

  @Flag(help: "Write the long triple (OUT/long) and its lopsided variant (OUT/long-lopsided).")
  var long = false

  @Option(help: "With --long: the triple's paragraphs per edition.")
  var paragraphs = 1900

  @Option(help: "With --long: the lopsided variant's extra English paragraphs.")
  var extra = 720

  @Option(help: "With --long: how many blocks the extra paragraphs come in.")
  var blocks = 3

  mutating func validate() throws {
    guard count > 0, paragraphs > 0, extra >= 0, blocks > 0 else {
      throw ValidationError(
        "--count, --paragraphs and --blocks must be positive, --extra not negative")
    }
  }

  func run() throws {
    let sources = try SourceArticle.all(in: URL(fileURLWithPath: corpora))
    let root = URL(fileURLWithPath: output)
    if long {
      let triple = LongTriple(
        sources: sources, seed: seed, paragraphs: paragraphs, extra: extra, blocks: blocks)
      try write(triple.even, to: root.appendingPathComponent("long"))
      try write(triple.lopsided, to: root.appendingPathComponent("long-lopsided"))
      return
    }
    let generator = CorpusGenerator(sources: sources, seed: seed)
    let width = max(5, String(count).count)
    for index in 1...count {
      let name = String(repeating: "0", count: width - String(index).count) + String(index)
      try write(generator.article(index), to: root.appendingPathComponent(name))
    }
  }

  /// Writes each edition as `folder/<lang>.txt`.
  private func write(_ editions: [Edition: String], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (edition, text) in editions {
      try Data(text.utf8).write(to: folder.appendingPathComponent("\(edition.rawValue).txt"))
    }
  }
}
