import ArgumentParser
import Foundation
import TriglotAlign
import TriglotText

/// Scores the aligner on folders of articles (`uk.txt`, `en.txt`, `ru.txt`, any two or three,
/// and `gold.json`) under a configuration given on the command line, so that the weights can be
/// fitted on a development set without rebuilding Triglot for each try. Prints pair F1 per
/// folder and overall. A development tool: the defaults are Triglot's own.
@main
struct DevsetTune: ParsableCommand {
  @Argument(help: "Folders of article folders (e.g. /work/devdata/devset/clean).")
  var folders: [String]

  @Option(help: "Match bonus.") var match: Double?
  @Option(help: "Length weight.") var lengthWeight: Double?
  @Option(help: "Length floor.") var lengthFloor: Double?
  @Option(help: "Skip penalty (1-0).") var skip: Double?
  @Option(help: "Split penalty (1-2).") var split: Double?
  @Option(help: "2-2 penalty.") var double: Double?
  @Option(help: "1-3 penalty.") var triple: Double?
  @Option(help: "Partial penalty.") var partial: Double?
  @Option(
    help: "Length model PAIR=RATIO,VARIANCE (uk-en=0.96,3.1); repeatable.")
  var model: [String] = []
  @Flag(help: "Print one line per article.") var verbose = false

  func configuration() throws -> AlignerConfiguration {
    var c = AlignerConfiguration()
    if let match { c.matchBonus = match }
    if let lengthWeight { c.lengthWeight = lengthWeight }
    if let lengthFloor { c.lengthFloor = lengthFloor }
    if let skip { c.skipPenalty = skip }
    if let split { c.splitPenalty = split }
    if let double { c.doubleMergePenalty = double }
    if let triple { c.tripleSplitPenalty = triple }
    if let partial { c.partialPenalty = partial }
    for spec in model {
      let parts = spec.split(separator: "=")
      let languages = parts.first?.split(separator: "-").compactMap { Language(rawValue: String($0)) }
      let values = parts.last?.split(separator: ",").compactMap { Double($0) }
      guard parts.count == 2, let languages, languages.count == 2, let values, values.count == 2
      else { throw ValidationError("--model wants PAIR=RATIO,VARIANCE, got \(spec)") }
      c.lengthModels[LanguagePair(languages[0], languages[1])] = LengthModel(
        ratio: values[0], variance: values[1])
    }
    return c
  }

  func run() throws {
    let aligner = ParagraphAligner(configuration: try configuration())
    for folder in folders {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
      let articles = names.filter {
        FileManager.default.fileExists(atPath: "\(folder)/\($0)/gold.json")
      }
      let scores = UnsafeMutableBufferPointer<AlignmentScore?>.allocate(capacity: articles.count)
      scores.initialize(repeating: nil)
      defer { scores.deallocate() }
      nonisolated(unsafe) let shared = scores
      DispatchQueue.concurrentPerform(iterations: articles.count) { index in
        let base = "\(folder)/\(articles[index])"
        guard let gold = FileManager.default.contents(atPath: "\(base)/gold.json"),
          let reference = try? ReferenceAlignment(json: gold, source: base)
        else { return }
        let editions = Language.editions.compactMap { language -> Edition? in
          guard let text = try? String(contentsOfFile: "\(base)/\(language.rawValue).txt", encoding: .utf8)
          else { return nil }
          return Edition(language: language, source: language.rawValue, text: text)
        }
        guard let alignment = try? aligner.align(editions) else { return }
        shared[index] = AlignmentScore(
          predicted: alignment.groups, reference: reference.groups,
          languages: editions.map(\.language))
      }
      var total: AlignmentScore?
      for (index, score) in scores.enumerated() {
        guard let score else {
          print("\(articles[index]): not scored")
          continue
        }
        if verbose { print(String(format: "%@ %.3f", articles[index], score.overall.f1)) }
        total = total.map { $0 + score } ?? score
      }
      guard let total else { continue }
      let pairs = total.pairs.keys.sorted().map {
        String(format: "%@ %.4f", $0.description, total.pairs[$0]!.f1)
      }
      print(
        String(format: "%@  F1 %.4f  ", (folder as NSString).lastPathComponent, total.overall.f1)
          + pairs.joined(separator: "  "))
    }
  }
}
