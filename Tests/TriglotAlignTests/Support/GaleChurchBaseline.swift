import Foundation
import TriglotAlign
import TriglotText

/// The classic Gale–Church (1993) length-only aligner, for comparison: every paragraph
/// (boilerplate included, as a length-only tool cannot tell), beads 1-1, 1-0, 0-1, 2-1, 1-2
/// and 2-2 with the paper's priors, cost −log prior − log 2(1 − Φ(|δ|)). Each pair of editions
/// is aligned on its own.
enum GaleChurchBaseline {
  static let beads: [(Int, Int, Double)] = [
    (1, 1, 0.89), (1, 0, 0.0099 / 2), (0, 1, 0.0099 / 2), (2, 1, 0.089 / 2), (1, 2, 0.089 / 2),
    (2, 2, 0.011),
  ]

  /// The groups of aligning `first` with `second`.
  static func align(_ first: Edition, _ second: Edition) -> [AlignmentGroup] {
    let x = first.paragraphs.map(\.text.count)
    let y = second.paragraphs.map(\.text.count)
    let model = LengthModel.calibrated(from: first.language, to: second.language)
    var cost = Array(
      repeating: Array(repeating: Double.infinity, count: y.count + 1), count: x.count + 1)
    var step = Array(repeating: Array(repeating: -1, count: y.count + 1), count: x.count + 1)
    cost[0][0] = 0
    for i in 0...x.count {
      for j in 0...y.count where i > 0 || j > 0 {
        for (index, (a, b, prior)) in beads.enumerated() where i >= a && j >= b {
          let previous = cost[i - a][j - b]
          guard previous.isFinite else { continue }
          let lengthX = x[(i - a)..<i].reduce(0, +)
          let lengthY = y[(j - b)..<j].reduce(0, +)
          let match =
            a == 0 || b == 0
            ? 0 : -model.logProbability(sourceLength: lengthX, targetLength: lengthY)
          let total = previous - log(prior) + match
          if total < cost[i][j] {
            cost[i][j] = total
            step[i][j] = index
          }
        }
      }
    }
    var groups: [AlignmentGroup] = []
    var i = x.count
    var j = y.count
    while i > 0 || j > 0 {
      let (a, b, _) = beads[step[i][j]]
      groups.append(
        AlignmentGroup(
          paragraphs: [first.language: Array((i - a)..<i), second.language: Array((j - b)..<j)],
          confidence: 1))
      i -= a
      j -= b
    }
    return groups.reversed()
  }

  /// The baseline's score on an article: each language pair aligned separately.
  static func score(_ editions: [Edition], reference: [AlignmentGroup]) -> AlignmentScore {
    var total = AlignmentScore.zero
    for (index, first) in editions.enumerated() {
      for second in editions[(index + 1)...] {
        total =
          total
          + AlignmentScore(
            predicted: align(first, second), reference: reference,
            languages: [first.language, second.language])
      }
    }
    return AlignmentScore(pairs: total.pairs, exactGroups: 0, referenceGroups: 0)
  }
}
