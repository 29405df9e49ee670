import Foundation
import TriglotAlign
import TriglotText

/// The result of `triglot eval`: each article's score and the overall score, rendered as a
/// table or as the version-1 JSON document.
struct AlignEvaluationReport {
  /// One evaluated article.
  struct Article {
    var name: String
    var path: String
    var languages: [Language]
    var score: AlignmentScore
  }

  var articles: [Article]
  /// Whether paragraph groups or sentence groups were scored.
  var level = AlignOutputLevel.paragraph

  var overall: AlignmentScore { articles.map(\.score).reduce(.zero, +) }

  static let pairs = LanguagePair.pairs(of: Language.editions)

  func text() -> String {
    let nameWidth = max(articles.map(\.name.count).max() ?? 0, 7) + 2
    func row(_ name: String, _ score: AlignmentScore) -> String {
      var line = name.padded(to: nameWidth)
      for pair in Self.pairs {
        line += score.pairs[pair].map { String(format: "%9.3f", $0.f1) } ?? "        —"
      }
      let overall = score.overall
      line += String(
        format: "%8.3f%8.3f%8.3f", overall.precision, overall.recall, overall.f1)
      line += String(
        format: "   %4d/%-4d %5.1f%%", score.exactGroups, score.referenceGroups,
        score.exactGroupShare * 100)
      return line
    }
    var lines: [String] = []
    var header = "article".padded(to: nameWidth)
    for pair in Self.pairs { header += " \(pair) F1" }
    header += "       P       R      F1   exact groups"
    lines.append(header)
    lines.append(String(repeating: "─", count: header.count))
    for article in articles { lines.append(row(article.name, article.score)) }
    lines.append(String(repeating: "─", count: header.count))
    lines.append(row("overall", overall))
    let unit = level == .sentence ? "sentences" : "paragraphs"
    let group = level == .sentence ? "sentence group" : "group"
    lines.append(
      "\(articles.count) article(s); pair F1 counts every two \(unit) of different editions "
        + "that share a \(group)")
    return lines.joined(separator: "\n") + "\n"
  }

  struct Counts: Encodable {
    var precision: Double
    var recall: Double
    var f1: Double
    var correct: Int
    var predicted: Int
    var reference: Int

    init(_ counts: AlignmentScore.PairCounts) {
      precision = Self.round(counts.precision)
      recall = Self.round(counts.recall)
      f1 = Self.round(counts.f1)
      correct = counts.correct
      predicted = counts.predicted
      reference = counts.reference
    }

    static func round(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
  }

  struct ScoreEntry: Encodable {
    var pairs: [String: Counts]
    var overall: Counts
    var exactGroups: Int
    var referenceGroups: Int
    var exactGroupShare: Double

    init(_ score: AlignmentScore) {
      pairs = Dictionary(
        uniqueKeysWithValues: score.pairs.map { ($0.key.description, Counts($0.value)) })
      overall = Counts(score.overall)
      exactGroups = score.exactGroups
      referenceGroups = score.referenceGroups
      exactGroupShare = Counts.round(score.exactGroupShare)
    }
  }

  struct ArticleEntry: Encodable {
    var name: String
    var path: String
    var languages: [String]
    var score: ScoreEntry
  }

  /// `{"version":1,"level":"paragraph","articles":[{"name","path","languages","score":{…}}],
  /// "overall":{…}}`.
  struct Document: Encodable {
    var version = 1
    var level: String
    var articles: [ArticleEntry]
    var overall: ScoreEntry
  }

  func document() -> Document {
    Document(
      level: level.rawValue,
      articles: articles.map {
        ArticleEntry(
          name: $0.name, path: $0.path, languages: $0.languages.map(\.rawValue),
          score: ScoreEntry($0.score))
      }, overall: ScoreEntry(overall))
  }
}
