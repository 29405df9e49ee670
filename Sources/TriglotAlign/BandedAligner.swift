/// A monotone alignment of two sequences by dynamic programming inside a band: the engine behind
/// every pairwise step of ``ParagraphAligner``.
///
/// The band follows a guide path through `anchors` (pairs of units known to correspond, such as
/// paragraphs sharing a number that occurs once in each edition) and the diagonal between them.
/// It starts `initialWidth` cells either side of that path and doubles whenever the best path
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
  /// The score of leaving one unit alone.
  var skipScore: Double
  /// The score of linking `first` to `second` (both non-empty), or nil when not allowed.
  var linkScore: (_ first: Range<Int>, _ second: Range<Int>) -> Double?

  /// The best-scoring beads, in order, covering both sequences.
  func align() -> [Bead] {
    var width = max(initialWidth, 1)
    while true {
      let (beads, touchedEdge) = align(width: width)
      if !touchedEdge || width >= max(firstCount, secondCount) { return beads }
      width *= 2
    }
  }

  private func align(width: Int) -> (beads: [Bead], touchedEdge: Bool) {
    let n = firstCount
    let m = secondCount
    var low = [Int](repeating: 0, count: n + 1)
    var high = [Int](repeating: 0, count: n + 1)
    let centers = guidePath()
    for i in 0...n {
      low[i] = max(0, centers[i] - width)
      high[i] = min(m, centers[i] + width)
    }
    // The path starts at (0, 0) and ends at (n, m), whatever the guide says.
    low[0] = 0
    high[n] = m
    // Every row must be reachable from the one above, even where the diagonal is steep.
    for i in stride(from: 1, through: n, by: 1) { low[i] = min(low[i], high[i - 1]) }
    var score = (0...n).map { [Double](repeating: -.infinity, count: high[$0] - low[$0] + 1) }
    var step = (0...n).map { [Int8](repeating: -1, count: high[$0] - low[$0] + 1) }
    var linkScores = (0...n).map { [Double](repeating: 0, count: high[$0] - low[$0] + 1) }
    score[0][0] = 0
    for i in 0...n {
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
          } else if let link = linkScore(pi..<i, pj..<j) {
            beadScore = link
          } else {
            continue
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
    var touchedEdge = false
    var i = n
    var j = m
    while i > 0 || j > 0 {
      if (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < m) { touchedEdge = true }
      let shape = Int(step[i][j - low[i]])
      guard shape >= 0 else { break }
      let (a, b) = shapes[shape]
      beads.append(Bead(first: (i - a)..<i, second: (j - b)..<j, score: linkScores[i][j - low[i]]))
      i -= a
      j -= b
    }
    return (beads.reversed(), touchedEdge)
  }

  /// For each row, the column the band is centred on: straight lines between the knots of the
  /// longest monotone chain of anchors, from (0, 0) to (n, m).
  private func guidePath() -> [Int] {
    let n = firstCount
    let m = secondCount
    let knots = [(0, 0)] + Self.longestChain(anchors.filter { $0.0 < n && $0.1 < m }) + [(n, m)]
    var centers = [Int](repeating: 0, count: n + 1)
    for (start, end) in zip(knots, knots.dropFirst()) {
      for i in start.0...end.0 {
        let progress = end.0 == start.0 ? 1 : Double(i - start.0) / Double(end.0 - start.0)
        centers[i] = start.1 + Int((progress * Double(end.1 - start.1)).rounded())
      }
    }
    return centers
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
