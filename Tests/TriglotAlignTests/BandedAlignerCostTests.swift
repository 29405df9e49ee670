import Testing
import TriglotTestSupport

@testable import TriglotAlign

/// What the banded aligner costs, counted in link scores computed (not timed), and that its band
/// loses nothing against the full matrix.
@Suite("Banded aligner cost")
struct BandedAlignerCostTests {
  /// Units `0..<count` against the same units with blocks of `size` extra units (-1) inserted
  /// before unit `offset`; a unit links, one to one, only to its own number (or to the same
  /// number modulo `period`, text that repeats).
  static func aligner(
    count: Int, blocks: [(offset: Int, size: Int)], period: Int? = nil, width: Int = 4,
    anchors: [(Int, Int)] = [], repeatedAnchors: [(Int, Int)] = []
  ) -> (aligner: BandedAligner, second: [Int]) {
    var second: [Int] = []
    for unit in 0..<count {
      for block in blocks where block.offset == unit {
        second += Array(repeating: -1, count: block.size)
      }
      second.append(unit)
    }
    let value = { (unit: Int) in period.map { unit % $0 } ?? unit }
    let aligner = BandedAligner(
      firstCount: count, secondCount: second.count, initialWidth: width, anchors: anchors,
      repeatedAnchors: repeatedAnchors, skipScore: -2
    ) { first, secondRange in
      guard first.count == 1, secondRange.count == 1 else { return -20 }
      let other = second[secondRange.lowerBound]
      return other >= 0 && value(other) == value(first.lowerBound) ? 5 : -5
    }
    return (aligner, second)
  }

  /// Every `step`-th unit outside the blocks, as the unique anchors a document would give.
  static func anchors(_ second: [Int], every step: Int) -> [(Int, Int)] {
    second.enumerated().compactMap { column, unit in
      unit >= 0 && unit % step == 0 ? (unit, column) : nil
    }
  }

  /// The link-score shapes (both sides non-empty) of the paragraph beads.
  static let linkShapes = BandedAligner.paragraphShapes.filter { $0.0 > 0 && $0.1 > 0 }.count

  /// Whether `beads` link every unit to its own number and leave every extra unit alone.
  static func isExact(_ beads: [BandedAligner.Bead], second: [Int]) -> Bool {
    let links = beads.filter { !$0.first.isEmpty && !$0.second.isEmpty }
    return links.allSatisfy {
      $0.first.count == 1 && second[$0.second.lowerBound] == $0.first.lowerBound
    }
      && links.count == second.filter { $0 >= 0 }.count
  }

  @Test(arguments: [60, 300, 900])
  func aBlockCostsInProportionToItsSize(size: Int) {
    let count = 2000
    let (plain, plainSecond) = Self.aligner(count: count, blocks: [])
    let base = plain.alignWithStatistics()
    let second = Self.aligner(count: count, blocks: [(1000, size)]).second
    let guided = Self.aligner(
      count: count, blocks: [(1000, size)], anchors: Self.anchors(second, every: 25)
    ).aligner
    let result = guided.alignWithStatistics()
    #expect(Self.isExact(base.beads, second: plainSecond))
    #expect(Self.isExact(result.beads, second: second))
    // The band around a block of `size` extra units between two knots 25 rows apart: about
    // `size` cells in each of those rows, per link shape. Doubling the band along the whole
    // document until it held the block (the aligner before) cost about count · size per shape.
    let extra = result.statistics.linkEvaluations - base.statistics.linkEvaluations
    #expect(extra <= 40 * size * Self.linkShapes, "extra \(extra)")
  }

  @Test func blocksInSeveralPlacesCostTheirSum() {
    let count = 3000
    let blocks = [(offset: 700, size: 240), (1500, 240), (2300, 240)]
    let second = Self.aligner(count: count, blocks: blocks).second
    let result = Self.aligner(
      count: count, blocks: blocks, anchors: Self.anchors(second, every: 25)
    ).aligner.alignWithStatistics()
    #expect(Self.isExact(result.beads, second: second))
    let base = Self.aligner(count: count, blocks: []).aligner.alignWithStatistics()
    let extra = result.statistics.linkEvaluations - base.statistics.linkEvaluations
    #expect(extra <= 3 * 40 * 240 * Self.linkShapes, "extra \(extra)")
  }

  /// Text that repeats every 50 units has no unique anchor; the repeated ones guide the band.
  @Test func repeatedAnchorsGuideTextWithoutUniqueOnes() {
    let count = 1000
    let period = 50
    let (_, second) = Self.aligner(count: count, blocks: [(500, 200)], period: period)
    var repeated: [(Int, Int)] = []
    for unit in stride(from: 0, to: count, by: 5) {
      for (column, other) in second.enumerated() where other >= 0 && other % period == unit % period
      {
        repeated.append((unit, column))
      }
    }
    let result = Self.aligner(
      count: count, blocks: [(500, 200)], period: period, repeatedAnchors: repeated
    ).aligner.alignWithStatistics()
    #expect(Self.isExact(result.beads, second: second))
    // Without a guide the band follows the diagonal, 200 units off the path at the block, and
    // computes several hundred thousand link scores.
    #expect(result.statistics.linkEvaluations <= 60 * 200 * Self.linkShapes)
  }

  // MARK: - Against the full matrix

  /// Random link scores for every pair of runs, some links not allowed.
  static func randomScores(_ n: Int, _ m: Int, generator: inout SplitMix64) -> [[Int]: Double] {
    var table: [[Int]: Double] = [:]
    for (a, b) in BandedAligner.paragraphShapes where a > 0 && b > 0 {
      for i in 0...max(0, n - a) where i + a <= n {
        for j in 0...max(0, m - b) where j + b <= m {
          if Double.random(in: 0..<1, using: &generator) < 0.1 { continue }
          table[[i, a, j, b]] = Double.random(in: -6...6, using: &generator)
        }
      }
    }
    return table
  }

  /// The best path over the whole matrix, by the same recurrence and the same tie-breaking
  /// (the first shape in order wins a tie).
  static func fullMatrix(
    _ n: Int, _ m: Int, shapes: [(Int, Int)], skip: Double,
    link: (Range<Int>, Range<Int>) -> Double?
  ) -> [BandedAligner.Bead] {
    var score = [[Double]](repeating: [Double](repeating: -.infinity, count: m + 1), count: n + 1)
    var step = [[Int]](repeating: [Int](repeating: -1, count: m + 1), count: n + 1)
    var linkScore = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
    score[0][0] = 0
    for i in 0...n {
      for j in 0...m where i > 0 || j > 0 {
        for (shape, (a, b)) in shapes.enumerated() where i >= a && j >= b {
          let previous = score[i - a][j - b]
          guard previous > -.infinity else { continue }
          let bead: Double
          if a == 0 || b == 0 {
            bead = skip
          } else if let value = link((i - a)..<i, (j - b)..<j) {
            bead = value
          } else {
            continue
          }
          if previous + bead > score[i][j] {
            score[i][j] = previous + bead
            step[i][j] = shape
            linkScore[i][j] = bead
          }
        }
      }
    }
    var beads: [BandedAligner.Bead] = []
    var i = n
    var j = m
    while i > 0 || j > 0, step[i][j] >= 0 {
      let (a, b) = shapes[step[i][j]]
      beads.append(
        BandedAligner.Bead(first: (i - a)..<i, second: (j - b)..<j, score: linkScore[i][j]))
      i -= a
      j -= b
    }
    return beads.reversed()
  }

  /// The largest distance, in columns, of the path's cells from the diagonal guide
  /// (round(i · m / n) in row i).
  static func deviation(of beads: [BandedAligner.Bead], _ n: Int, _ m: Int) -> Int {
    var largest = 0
    for bead in beads {
      for i in bead.first.lowerBound...bead.first.upperBound {
        let center = n == 0 ? 0 : Int((Double(i) / Double(n) * Double(m)).rounded())
        for j in [bead.second.lowerBound, bead.second.upperBound] {
          largest = max(largest, abs(j - center))
        }
      }
    }
    return largest
  }

  /// With a band wider than the distance of the best path from the guide, the banded result is
  /// the full-matrix result, on 300 random inputs.
  @Test func equalsTheFullMatrixWhereTheBandIsWideEnough() {
    var generator = SplitMix64(seed: 14)
    for trial in 0..<300 {
      let n = Int.random(in: 0...14, using: &generator)
      let m = Int.random(in: 0...14, using: &generator)
      let table = Self.randomScores(n, m, generator: &generator)
      let link = { (a: Range<Int>, b: Range<Int>) in
        table[[a.lowerBound, a.count, b.lowerBound, b.count]]
      }
      let full = Self.fullMatrix(n, m, shapes: BandedAligner.paragraphShapes, skip: -2, link: link)
      let width = Self.deviation(of: full, n, m) + 1 + Int.random(in: 0...2, using: &generator)
      let banded = BandedAligner(
        firstCount: n, secondCount: m, initialWidth: width, skipScore: -2, linkScore: link
      ).alignWithStatistics()
      #expect(banded.beads == full, "trial \(trial): \(n)×\(m), width \(width)")
      #expect(banded.statistics.rounds == 1, "trial \(trial)")
    }
  }
}
