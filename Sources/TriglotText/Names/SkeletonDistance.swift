/// Edit distance between two name skeletons, where the alternating vowel `*` equals i, e and o.
enum SkeletonDistance {
  /// 1 − Levenshtein distance / length of the longer skeleton, in 0…1.
  ///
  /// - Complexity: O(*m* × *n*) for skeletons of lengths *m* and *n*.
  static func similarity(_ a: [NameSkeleton.Symbol], _ b: [NameSkeleton.Symbol]) -> Double {
    let longer = max(a.count, b.count)
    if longer == 0 { return 1 }
    return 1 - Double(distance(a, b)) / Double(longer)
  }

  /// The Levenshtein distance (insertions, deletions and substitutions cost 1).
  static func distance(_ a: [NameSkeleton.Symbol], _ b: [NameSkeleton.Symbol]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for (row, symbolA) in a.enumerated() {
      current[0] = row + 1
      for (column, symbolB) in b.enumerated() {
        let substitution = previous[column] + (same(symbolA, symbolB) ? 0 : 1)
        current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  private static func same(_ a: NameSkeleton.Symbol, _ b: NameSkeleton.Symbol) -> Bool {
    if a == b { return true }
    let alternating: (NameSkeleton.Symbol) -> Bool = {
      $0 == NameSkeleton.i || $0 == NameSkeleton.e || $0 == NameSkeleton.o
    }
    return (a == NameSkeleton.wildcard && alternating(b))
      || (b == NameSkeleton.wildcard && alternating(a))
  }
}
