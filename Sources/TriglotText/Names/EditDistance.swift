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
    let width = b.count + 1
    // The table's previous and current rows share one buffer, read and written through a
    // pointer: the audit compares many pairs of names, and in an unoptimized build (the tests')
    // Array's generic subscript and `enumerated()` cost many times the arithmetic.
    var rows = [Int](repeating: 0, count: 2 * width)
    return rows.withUnsafeMutableBufferPointer { buffer in
      var previous = buffer.baseAddress!
      var current = previous + width
      for column in 0..<width { previous[column] = column }
      for row in 0..<a.count {
        let x = a[row]
        current[0] = row + 1
        for column in 0..<b.count {
          let substitution = previous[column] + (same(x, b[column]) ? 0 : 1)
          current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
        }
        swap(&previous, &current)
      }
      return previous[b.count]
    }
  }

  /// The Levenshtein distance between two sequences of equatable elements.
  public static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
    levenshtein(a, b, same: ==)
  }
}
