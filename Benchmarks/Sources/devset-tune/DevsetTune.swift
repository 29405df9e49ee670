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
  @Option(help: "Cognate weight.") var cognate: Double?
  @Option(help: "Cap on the name mismatch penalty.") var nameCap: Double?
  @Option(help: "Sentence-count mismatch.") var sentences: Double?
  @Option(help: "?/! mismatch.") var marks: Double?
  @Option(help: "Name mismatch per name.") var nameMismatch: Double?
  @Option(help: "Cognate baseline.") var cognateBaseline: Double?
  @Option(help: "Gloss weight.") var gloss: Double?
  @Option(help: "Gloss baseline.") var glossBaseline: Double?
  @Option(help: "Loanword weight.") var loanword: Double?
  @Option(help: "Loanword baseline.") var loanwordBaseline: Double?
  @Option(help: "Emoticon weight.") var emoticon: Double?
  @Option(help: "Emoticon mismatch.") var emoticonMismatch: Double?
  @Option(help: "Share of a name's weight for a sentence-initial word meeting a name.")
  var initialNames: Double?
  @Option(
    help: "Length model PAIR=RATIO,VARIANCE (uk-en=0.96,3.1); repeatable.")
  var model: [String] = []
  @Flag(help: "Print one line per article.") var verbose = false
  @Flag(help: "Also print the score of each kind of article (the 1st and 3rd parts of its name).")
  var byKind = false

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
    if let cognate { c.cognateWeight = cognate }
    if let nameCap { c.names.maximumPenalty = nameCap }
    if let sentences { c.sentenceMismatch = sentences }
    if let marks { c.markMismatch = marks }
    if let nameMismatch { c.names.mismatch = nameMismatch }
    if let cognateBaseline { c.cognateBaseline = cognateBaseline }
    if let gloss { c.glossWeight = gloss }
    if let glossBaseline { c.glossBaseline = glossBaseline }
    if let loanword { c.loanwordWeight = loanword }
    if let loanwordBaseline { c.loanwordBaseline = loanwordBaseline }
    if let initialNames { c.initialNameShare = initialNames }
    if let emoticon { c.emoticons.weight = emoticon }
    if let emoticonMismatch { c.emoticons.mismatch = emoticonMismatch }
    for spec in model {
      let parts = spec.split(separator: "=")
      let languages = parts.first?.split(separator: "-").compactMap {
        Language(rawValue: String($0))
      }
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
      let omissions = UnsafeMutableBufferPointer<(found: Int, injected: Int, spurious: Int)>
        .allocate(capacity: articles.count)
      omissions.initialize(repeating: (0, 0, 0))
      defer { omissions.deallocate() }
      nonisolated(unsafe) let sharedOmissions = omissions
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
          guard
            let text = try? String(
              contentsOfFile: "\(base)/\(language.rawValue).txt", encoding: .utf8)
          else { return nil }
          return Edition(language: language, source: language.rawValue, text: text)
        }
        guard let alignment = try? aligner.align(editions) else { return }
        sharedOmissions[index] = Self.omissions(alignment, gold: gold)
        shared[index] = AlignmentScore(
          predicted: alignment.groups, reference: reference.groups,
          languages: editions.map(\.language))
      }
      var total: AlignmentScore?
      var kinds: [String: AlignmentScore] = [:]
      for (index, score) in scores.enumerated() {
        guard let score else {
          print("\(articles[index]): not scored")
          continue
        }
        if verbose { print(String(format: "%@ %.3f", articles[index], score.overall.f1)) }
        total = total.map { $0 + score } ?? score
        let parts = articles[index].split(separator: "-")
        let kind = parts.count > 2 ? "\(parts[0])-\(parts[2])" : "other"
        kinds[kind] = kinds[kind].map { $0 + score } ?? score
      }
      let found = omissions.reduce(0) { $0 + $1.found }
      let injected = omissions.reduce(0) { $0 + $1.injected }
      let spurious = omissions.reduce(0) { $0 + $1.spurious }
      print(
        "  omissions: \(found)/\(injected) injected ones left as a group without the edition; "
          + "\(spurious) other article groups lack an edition")
      if byKind {
        for (kind, score) in kinds.sorted(by: { $0.key < $1.key }) {
          print(String(format: "  %-20@ F1 %.4f", kind, score.overall.f1))
        }
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

  /// The gold `missing` differences of an article.
  private struct Gold: Decodable {
    struct Difference: Decodable {
      var rule: String
      var edition: String
      var paragraphs: [String: [Int]]
    }
    var differences: [Difference]?
  }

  /// How many injected omissions the alignment leaves as a group without the lacking edition,
  /// how many there are, and how many other article groups lack an edition.
  static func omissions(_ alignment: Alignment, gold: Data) -> (
    found: Int, injected: Int, spurious: Int
  ) {
    let differences =
      ((try? JSONDecoder().decode(Gold.self, from: gold))?.differences ?? []).filter {
        $0.rule == "missing"
      }
    let languages = alignment.editions.map(\.language)
    var explained: Set<Int> = []
    var found = 0
    for difference in differences {
      guard let lacking = Language(rawValue: difference.edition) else { continue }
      let present = difference.paragraphs.compactMap { key, indices -> (Language, Int)? in
        guard let language = Language(rawValue: key), let first = indices.first else { return nil }
        return (language, first)
      }
      if let group = alignment.groups.firstIndex(where: { group in
        group[lacking].isEmpty
          && present.allSatisfy { group[$0.0].contains($0.1) }
      }) {
        found += 1
        explained.insert(group)
      }
    }
    var spurious = 0
    for (index, group) in alignment.groups.enumerated()
    where !group.isBoilerplate && !explained.contains(index)
      && languages.contains(where: { group[$0].isEmpty })
    {
      spurious += 1
    }
    return (found, differences.count, spurious)
  }
}
