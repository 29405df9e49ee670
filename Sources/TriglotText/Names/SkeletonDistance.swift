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

  /// The Levenshtein distance (insertions, deletions and substitutions cost 1), with the
  /// alternating vowel equal to i, e and o.
  static func distance(_ a: [NameSkeleton.Symbol], _ b: [NameSkeleton.Symbol]) -> Int {
    EditDistance.levenshtein(a, b, same: same)
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
