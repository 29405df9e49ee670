extension Array where Element: Hashable {
  /// The elements in order, each kept at its first occurrence.
  ///
  /// - Complexity: O(*n*).
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
