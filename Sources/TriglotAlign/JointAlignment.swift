import Foundation
import TriglotText

/// The joint alignment of two or three editions' article paragraphs.
///
/// Three editions are aligned progressively: two editions are aligned pairwise into columns,
/// then the third is aligned against the columns, scoring each link against every language
/// the column holds. This is tried for three orders (uk–ru then en, uk–en then ru, en–ru then
/// uk), and the result with the best sum-of-pairs score over all three language pairs wins.
/// See Sources/TriglotAlign/README.md.
struct JointAlignment: Sendable {
  /// Paragraph indices per edition slot (the position of the language in `editions`).
  typealias Unit = [[Int]]

  let editions: [EditionAnalysis]
  let scorer: BeadScorer
  /// The bead shapes of each pairwise step (``BandedAligner/paragraphShapes`` or
  /// ``BandedAligner/sentenceShapes``).
  var shapes: [(Int, Int)] = BandedAligner.paragraphShapes

  var configuration: AlignerConfiguration { scorer.configuration }

  /// The article groups, in document order, with their confidences.
  func solve() -> [(paragraphs: Unit, confidence: Double)] {
    let groups: [Unit]
    switch editions.count {
    case 2:
      groups = pairwise(units(of: 0), units(of: 1))
    default:
      let orders = [(0, 2, 1), (0, 1, 2), (1, 2, 0)]
      let candidates = parallelMap(orders.count) { index in
        let order = orders[index]
        let groups = pairwise(pairwise(units(of: order.0), units(of: order.1)), units(of: order.2))
        return (groups: groups, score: sumOfPairs(groups))
      }
      groups = candidates.max { $0.score < $1.score }?.groups ?? []
    }
    return groups.enumerated().map { index, group in
      (group, confidence(of: index, in: groups))
    }
  }

  /// One unit per article paragraph of edition `slot`.
  func units(of slot: Int) -> [Unit] {
    editions[slot].article.map { index in
      (0..<editions.count).map { $0 == slot ? [index] : [] }
    }
  }

  /// Aligns two sequences of units and returns the merged units, in order.
  func pairwise(_ first: [Unit], _ second: [Unit]) -> [Unit] {
    let firstRuns = RunTable(units: first, alignment: self)
    let secondRuns = RunTable(units: second, alignment: self)
    let matches = Self.anchorMatches(firstRuns, first.count, secondRuns, second.count)
    let aligner = BandedAligner(
      firstCount: first.count, secondCount: second.count, shapes: shapes,
      initialWidth: configuration.initialBandWidth, anchors: matches.unique,
      repeatedAnchors: matches.repeated, skipScore: -configuration.skipPenalty
    ) { a, b in
      guard let x = firstRuns.features(a), let y = secondRuns.features(b),
        let score = linkScore(x, y)
      else { return nil }
      return score - configuration.beadPenalty(a.count, b.count)
    }
    return aligner.align().map { bead in
      var unit: Unit = Array(repeating: [], count: editions.count)
      for index in bead.first {
        for slot in unit.indices { unit[slot] += first[index][slot] }
      }
      for index in bead.second {
        for slot in unit.indices { unit[slot] += second[index][slot] }
      }
      return unit
    }
  }

  /// Pairs of units that share a number, date, link or name found in exactly one unit of each
  /// side: the anchors that guide the search band.
  static func uniqueMatches(
    _ first: RunTable, _ firstCount: Int, _ second: RunTable, _ secondCount: Int
  ) -> [(Int, Int)] {
    anchorMatches(first, firstCount, second, secondCount).unique
  }

  /// The unique matches (see ``uniqueMatches(_:_:_:_:)``), and the pairs of units that share a
  /// value found in several units of one side or both, at most `repeatedLimit` pairs per value:
  /// where text repeats (a long document that quotes the same figures again), these guide the
  /// band between unique matches that lie far apart.
  static func anchorMatches(
    _ first: RunTable, _ firstCount: Int, _ second: RunTable, _ secondCount: Int
  ) -> (unique: [(Int, Int)], repeated: [(Int, Int)]) {
    func places(_ runs: RunTable, _ count: Int) -> [Int32: [Int]] {
      var unitsOf: [Int32: [Int]] = [:]
      for unit in 0..<count {
        var ids: Set<Int32> = []
        for case let features? in runs.features(unit..<(unit + 1)) ?? [] {
          ids.formUnion(features.numbers + features.dates + features.links + features.names)
        }
        for id in ids { unitsOf[id, default: []].append(unit) }
      }
      return unitsOf
    }
    let firstPlaces = places(first, firstCount)
    let secondPlaces = places(second, secondCount)
    var unique: [(Int, Int)] = []
    var repeated: [(Int, Int)] = []
    for (id, xs) in firstPlaces {
      guard let ys = secondPlaces[id] else { continue }
      if xs.count == 1 && ys.count == 1 {
        unique.append((xs[0], ys[0]))
      } else if xs.count * ys.count <= repeatedLimit {
        for x in xs { for y in ys { repeated.append((x, y)) } }
      }
    }
    return (unique, repeated)
  }

  /// The most pairs one repeated value contributes to ``anchorMatches(_:_:_:_:)``: a value
  /// found in eight units of each side still places them, a commoner one says little.
  static let repeatedLimit = 64

  /// The mean similarity over every pair of languages, one from each side, or nil when the
  /// link would merge a heading with other paragraphs.
  func linkScore(_ first: [ParagraphFeatures?], _ second: [ParagraphFeatures?]) -> Double? {
    var heading = false
    var several = false
    for side in [first, second] {
      for case let features? in side {
        heading = heading || features.containsHeading
        several = several || features.paragraphCount > 1
      }
    }
    if heading && several { return nil }
    var total = 0.0
    var pairs = 0
    for (firstSlot, x) in first.enumerated() {
      guard let x else { continue }
      for (secondSlot, y) in second.enumerated() {
        guard let y else { continue }
        total += scorer.similarity(x, firstSlot, y, secondSlot)
        pairs += 1
      }
    }
    return pairs == 0 ? 0 : total / Double(pairs)
  }

  /// The sum-of-pairs objective: the pairwise alignment score of every pair of editions, as the
  /// groups project onto it.
  func sumOfPairs(_ groups: [Unit]) -> Double {
    var total = 0.0
    for first in editions.indices {
      for second in editions.indices where second > first {
        for group in groups {
          total += pairScore(group, first, second)
        }
      }
    }
    return total
  }

  /// The score of `group` projected onto editions `first` and `second`.
  func pairScore(_ group: Unit, _ first: Int, _ second: Int) -> Double {
    let x = group[first]
    let y = group[second]
    guard let fx = editions[first].joinedFeatures(x), let fy = editions[second].joinedFeatures(y)
    else { return -configuration.skipPenalty * Double(x.count + y.count) }
    return scorer.similarity(fx, first, fy, second)
      - configuration.beadPenalty(x.count, y.count)
  }

  /// How sure the aligner is of group `index`: for a link, how strongly its editions agree; for
  /// a paragraph left alone, how weakly it matches the paragraphs of the neighbouring groups.
  func confidence(of index: Int, in groups: [Unit]) -> Double {
    let group = groups[index]
    let present = group.indices.filter { !group[$0].isEmpty }
    if present.count >= 2 {
      var total = 0.0
      var pairs = 0
      for first in present {
        for second in present where second > first {
          total += pairScore(group, first, second)
          pairs += 1
        }
      }
      return Self.logistic((total / Double(pairs) - 1) / 1.5)
    }
    guard let slot = present.first, let features = editions[slot].joinedFeatures(group[slot])
    else { return 1 }
    var strongest = -Double.infinity
    for neighbour in [index - 1, index + 1] where groups.indices.contains(neighbour) {
      for other in editions.indices where other != slot {
        guard let candidate = editions[other].joinedFeatures(groups[neighbour][other]) else {
          continue
        }
        strongest = max(
          strongest,
          scorer.similarity(features, slot, candidate, other))
      }
    }
    return strongest == -.infinity ? 0.9 : Self.logistic(-(strongest - 1) / 1.5)
  }

  static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}

/// The joined features of every run of one, two or three consecutive units, precomputed.
struct RunTable {
  /// `runs[length - 1][start]`: per slot the joined features (nil for a slot with no
  /// paragraph), or nil when the run may not form one group.
  private var runs: [[[ParagraphFeatures?]?]]

  init(units: [JointAlignment.Unit], alignment: JointAlignment) {
    let editions = alignment.editions
    runs = (1...3).map { length in
      units.indices.map { start -> [ParagraphFeatures?]? in
        guard start + length <= units.count else { return nil }
        var result: [ParagraphFeatures?] = []
        for slot in editions.indices {
          let indices = units[start..<(start + length)].flatMap { $0[slot] }
          guard editions[slot].canGroup(indices) else { return nil }
          result.append(editions[slot].joinedFeatures(indices))
        }
        return result
      }
    }
  }

  /// The features of the units in `range` (one to three units).
  func features(_ range: Range<Int>) -> [ParagraphFeatures?]? {
    guard (1...3).contains(range.count) else { return nil }
    return runs[range.count - 1][range.lowerBound]
  }
}
