/// A monotone alignment of two sequences by dynamic programming inside a band: the engine behind
/// every pairwise step of ``ParagraphAligner``.
///
/// The band follows a guide path through `anchors` (pairs of units known to correspond, such as
/// paragraphs sharing a number that occurs once in each edition) and the diagonal between them.
/// Between two knots the band also covers the diagonals that leave the first and reach the
/// second, so a block of units that one side lacks costs the rows between the knots times its
/// size. It starts `initialWidth` cells either side of that and doubles whenever the best path
/// touches its edge, so the cost stays O((*n* + *m*) · *w*) for editions that roughly follow each
/// other while a band that is too narrow widens itself.
struct BandedAligner {
  /// One step of the alignment: `first` units of the first sequence linked to `second` units of
  /// the second (a 1-0 or 0-1 step leaves a unit alone).
  struct Bead: Sendable, Hashable {
    var first: Range<Int>
    var second: Range<Int>
    var score: Double
  }

  /// The bead shapes of paragraphs, as (units of the first sequence, units of the second).
  static let paragraphShapes: [(Int, Int)] = [
    (1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1),
  ]
  /// The bead shapes of sentences: a translator who merges or splits sentences does it two at
  /// a time, so 1-3 and 3-1 would mostly hide an omission.
  static let sentenceShapes: [(Int, Int)] = [(1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2)]

  var firstCount: Int
  var secondCount: Int
  /// The bead shapes tried, as (units of the first sequence, units of the second).
  var shapes: [(Int, Int)] = BandedAligner.paragraphShapes
  var initialWidth: Int
  /// Pairs (first, second) of units that probably correspond; the longest monotone chain of them
  /// guides the band.
  var anchors: [(Int, Int)] = []
  /// Pairs of units that may correspond (they share a value that occurs a few times on each
  /// side): where `anchors` leave a long stretch without a knot, their longest chain guides it.
  var repeatedAnchors: [(Int, Int)] = []
  /// The score of leaving one unit alone.
  var skipScore: Double
  /// The score of linking `first` to `second` (both non-empty), or nil when not allowed.
  var linkScore: (_ first: Range<Int>, _ second: Range<Int>) -> Double?

  /// What one ``alignWithStatistics()`` did, for tests and benchmarks.
  struct Statistics: Sendable, Equatable {
    /// The dynamic programmes run: the band widened `rounds - 1` times.
    var rounds = 0
    /// DP cells filled, over all rounds.
    var cells = 0
    /// Calls of `linkScore`, the costly part: a cell's link scores are computed once and kept
    /// for the following rounds.
    var linkEvaluations = 0
  }

  /// The best-scoring beads, in order, covering both sequences.
  ///
  /// - Complexity: O((*n* + *m*) · *w*) link scores for sequences whose best path stays within
  ///   *w* of the guide, plus O(*g* · *k*) for a block of *g* units that one side lacks between
  ///   two knots *k* rows apart.
  func align() -> [Bead] { alignWithStatistics().beads }

  /// ``align()``, and what it cost.
  ///
  /// Between two knots of the guide (anchors, or the two ends) the band covers, besides the
  /// straight line, the diagonals that leave the first knot and reach the second, so a block of
  /// units that one side lacks somewhere between them lies inside it: the block costs the rows
  /// between the knots times its size, not the whole document. Where the best path still
  /// touches an edge, the band doubles and the programme runs again, reusing the link scores
  /// already computed.
  func alignWithStatistics() -> (beads: [Bead], statistics: Statistics) {
    let n = firstCount
    let m = secondCount
    let spans = guideSpans()
    var width = max(initialWidth, 1)
    var cache = LinkCache(rows: n + 1, shapes: shapes.count)
    var statistics = Statistics()
    while true {
      var low = (0...n).map { max(0, spans.low[$0] - width) }
      var high = (0...n).map { min(m, spans.high[$0] + width) }
      // The path starts at (0, 0) and ends at (n, m), whatever the guide says.
      low[0] = 0
      high[n] = m
      // Every row must be reachable from the one above, even where the guide is steep.
      for i in stride(from: 1, through: n, by: 1) { low[i] = min(low[i], high[i - 1]) }
      let (beads, touched) = run(low: low, high: high, cache: &cache, statistics: &statistics)
      if !touched || width >= max(n, m) { return (beads, statistics) }
      width *= 2
    }
  }

  /// One dynamic programme inside the band; returns the best path and whether it lies on an
  /// edge of the band that could move.
  private func run(
    low: [Int], high: [Int], cache: inout LinkCache, statistics: inout Statistics
  ) -> (beads: [Bead], touched: Bool) {
    let n = firstCount
    let m = secondCount
    statistics.rounds += 1
    var score = (0...n).map { [Double](repeating: -.infinity, count: high[$0] - low[$0] + 1) }
    var step = (0...n).map { [Int8](repeating: -1, count: high[$0] - low[$0] + 1) }
    var linkScores = (0...n).map { [Double](repeating: 0, count: high[$0] - low[$0] + 1) }
    score[0][0] = 0
    for i in 0...n {
      cache.cover(row: i, low: low[i], high: high[i])
      statistics.cells += high[i] - low[i] + 1
      for j in low[i]...high[i] where i > 0 || j > 0 {
        var best = -Double.infinity
        var bestShape: Int8 = -1
        var bestLink = 0.0
        for (shape, (a, b)) in shapes.enumerated() {
          let pi = i - a
          let pj = j - b
          guard pi >= 0, pj >= 0, pj >= low[pi], pj <= high[pi] else { continue }
          let previous = score[pi][pj - low[pi]]
          guard previous > -.infinity else { continue }
          let beadScore: Double
          if a == 0 || b == 0 {
            beadScore = skipScore
          } else {
            var link = cache[i, j, shape]
            if link.isNaN {
              link = linkScore(pi..<i, pj..<j) ?? -.infinity
              cache[i, j, shape] = link
              statistics.linkEvaluations += 1
            }
            guard link > -.infinity else { continue }
            beadScore = link
          }
          if previous + beadScore > best {
            best = previous + beadScore
            bestShape = Int8(shape)
            bestLink = beadScore
          }
        }
        score[i][j - low[i]] = best
        step[i][j - low[i]] = bestShape
        linkScores[i][j - low[i]] = bestLink
      }
    }
    var beads: [Bead] = []
    var touched = false
    var i = n
    var j = m
    while i > 0 || j > 0 {
      if (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < m) { touched = true }
      let shape = Int(step[i][j - low[i]])
      guard shape >= 0 else { break }
      let (a, b) = shapes[shape]
      beads.append(Bead(first: (i - a)..<i, second: (j - b)..<j, score: linkScores[i][j - low[i]]))
      i -= a
      j -= b
    }
    return (beads.reversed(), touched)
  }

  /// For each row, the columns the band is built around: between two knots of the longest
  /// monotone chain of anchors (from (0, 0) to (n, m)), the straight line and the diagonals that
  /// leave the first knot and reach the second. Where two knots are more than
  /// `4 · initialWidth` rows or columns apart (text whose numbers and names repeat has few
  /// unique anchors), the longest chain of `repeatedAnchors` between them adds knots.
  func guideSpans() -> (low: [Int], high: [Int]) {
    let n = firstCount
    let m = secondCount
    let chain = Self.longestChain(anchors.filter { $0.0 < n && $0.1 < m })
    var knots = [(0, 0)] + chain + [(n, m)]
    let repeated = repeatedAnchors.filter { $0.0 < n && $0.1 < m }.sorted { $0.0 < $1.0 }
    if !repeated.isEmpty {
      let gap = 4 * max(initialWidth, 1)
      var filled = [knots[0]]
      for (from, to) in zip(knots, knots.dropFirst()) {
        if to.0 - from.0 > gap || to.1 - from.1 > gap {
          // The repeated anchors strictly inside the rectangle between the two knots.
          var index = Self.firstIndex(in: repeated, above: from.0)
          var inside: [(Int, Int)] = []
          while index < repeated.count, repeated[index].0 < to.0 {
            let pair = repeated[index]
            if pair.1 > from.1 && pair.1 < to.1 { inside.append(pair) }
            index += 1
          }
          filled += Self.longestChain(inside)
        }
        filled.append(to)
      }
      knots = filled
    }
    var low = [Int](repeating: m, count: n + 1)
    var high = [Int](repeating: 0, count: n + 1)
    for (start, end) in zip(knots, knots.dropFirst()) {
      for i in start.0...end.0 {
        let progress = end.0 == start.0 ? 1 : Double(i - start.0) / Double(end.0 - start.0)
        let line = start.1 + Int((progress * Double(end.1 - start.1)).rounded())
        let leaving = min(end.1, start.1 + (i - start.0))
        let reaching = max(start.1, end.1 - (end.0 - i))
        low[i] = min(low[i], line, leaving, reaching)
        high[i] = max(high[i], line, leaving, reaching)
      }
    }
    return (low, high)
  }

  /// The index of the first pair of `pairs` (sorted by first coordinate) whose first coordinate
  /// is above `row`.
  private static func firstIndex(in pairs: [(Int, Int)], above row: Int) -> Int {
    var low = 0
    var high = pairs.count
    while low < high {
      let middle = (low + high) / 2
      if pairs[middle].0 <= row { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The longest chain of pairs increasing in both coordinates (patience sorting).
  ///
  /// - Complexity: O(*k* log *k*).
  static func longestChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    let sorted = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
    var tails: [Int] = []
    var previous = [Int](repeating: -1, count: sorted.count)
    for (index, pair) in sorted.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[index] = tails[low - 1] }
      if low == tails.count { tails.append(index) } else { tails[low] = index }
    }
    var chain: [(Int, Int)] = []
    var index = tails.last ?? -1
    while index >= 0 {
      chain.append(sorted[index])
      index = previous[index]
    }
    return chain.reversed()
  }
}

/// The link scores of the cells of each row, computed once and kept across the rounds of
/// ``BandedAligner/alignWithStatistics()``: NaN where not yet computed, -infinity where the link
/// is not allowed.
struct LinkCache {
  private var low: [Int]
  private var high: [Int]
  private var values: [[Double]]
  private let shapes: Int

  init(rows: Int, shapes: Int) {
    low = [Int](repeating: 0, count: rows)
    high = [Int](repeating: -1, count: rows)
    values = [[Double]](repeating: [], count: rows)
    self.shapes = shapes
  }

  /// Makes room for the columns `from...to` of `row`, keeping what is known.
  mutating func cover(row: Int, low newLow: Int, high newHigh: Int) {
    if high[row] >= low[row], newLow >= low[row], newHigh <= high[row] { return }
    let lower = high[row] >= low[row] ? min(newLow, low[row]) : newLow
    let upper = high[row] >= low[row] ? max(newHigh, high[row]) : newHigh
    var grown = [Double](repeating: .nan, count: (upper - lower + 1) * shapes)
    if high[row] >= low[row] {
      let offset = (low[row] - lower) * shapes
      for index in values[row].indices { grown[offset + index] = values[row][index] }
    }
    values[row] = grown
    low[row] = lower
    high[row] = upper
  }

  subscript(row: Int, column: Int, shape: Int) -> Double {
    get { values[row][(column - low[row]) * shapes + shape] }
    set { values[row][(column - low[row]) * shapes + shape] = newValue }
  }
}
