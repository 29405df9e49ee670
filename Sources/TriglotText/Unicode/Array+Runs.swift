extension Array where Element: Equatable {
  /// Whether `run` stands in the array from `offset` on (false when it would reach past either
  /// end).
  ///
  /// Words and cues held as scalar or byte arrays are compared with this, element by element by
  /// index, instead of through a slice's `elementsEqual`, `starts(with:)` or `suffix(_:)`: in an
  /// unoptimized build (the tests') the slice and iterator a generic comparison makes cost
  /// several times the comparison itself, and these run for every cue on every word. An
  /// optimized build compiles both to the same loop.
  ///
  /// - Complexity: O(*m*), where *m* is the length of `run`.
  package func contains(_ run: [Element], at offset: Int) -> Bool {
    guard offset >= 0, run.count <= count - offset else { return false }
    var index = 0
    while index < run.count {
      if self[offset + index] != run[index] { return false }
      index += 1
    }
    return true
  }

  /// Whether the array begins with `run`.
  package func hasPrefix(_ run: [Element]) -> Bool { contains(run, at: 0) }

  /// Whether the array ends with `run`.
  package func hasSuffix(_ run: [Element]) -> Bool { contains(run, at: count - run.count) }
}
