/// A monotone alignment of two sequences by dynamic programming inside a band around the
/// diagonal: the engine behind every pairwise step of ``ParagraphAligner``.
///
/// The band starts `initialWidth` cells either side of the diagonal and doubles whenever the
/// best path touches its edge, so the result is the unrestricted optimum while the cost stays
/// O((*n* + *m*) · *w*) for editions that roughly follow each other.
struct BandedAligner {
  /// One step of the alignment: `first` units of the first sequence linked to `second` units of
  /// the second (a 1-0 or 0-1 step leaves a unit alone).
  struct Bead: Sendable, Hashable {
    var first: Range<Int>
    var second: Range<Int>
    var score: Double
  }

  /// The bead shapes tried, as (units of the first sequence, units of the second).
  static let shapes: [(Int, Int)] = [
    (1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1),
  ]

  var firstCount: Int
  var secondCount: Int
  var initialWidth: Int
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
    for i in 0...n {
      let center = n == 0 ? 0 : Int((Double(i) * Double(m) / Double(n)).rounded())
      low[i] = max(0, center - width)
      high[i] = min(m, center + width)
    }
    if n == 0 { high[0] = m }
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
        for (shape, (a, b)) in Self.shapes.enumerated() {
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
      let (a, b) = Self.shapes[shape]
      beads.append(Bead(first: (i - a)..<i, second: (j - b)..<j, score: linkScores[i][j - low[i]]))
      i -= a
      j -= b
    }
    return (beads.reversed(), touchedEdge)
  }
}
