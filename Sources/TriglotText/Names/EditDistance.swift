/// The Levenshtein distance between two sequences, shared by the name keys (over skeleton
/// symbols) and the audit's spelling checks (over letters).
public enum EditDistance {
  /// The fewest insertions, deletions and substitutions (each costing 1) that turn `a` into
  /// `b`, with `same` deciding when two elements need no substitution.
  ///
  /// - Complexity: O(*m* × *n*) time and O(*n*) memory for sequences of lengths *m* and *n*.
  public static func levenshtein<Element>(
    _ a: [Element], _ b: [Element], same: (Element, Element) -> Bool
  ) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for (row, x) in a.enumerated() {
      current[0] = row + 1
      for (column, y) in b.enumerated() {
        let substitution = previous[column] + (same(x, y) ? 0 : 1)
        current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The Levenshtein distance between two sequences of equatable elements.
  public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
    levenshtein(a, b, same: ==)
  }
}
