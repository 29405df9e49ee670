/// Column padding for the CLI's text tables, counted in characters (what a terminal shows for
/// Cyrillic and Latin text), never in UTF-8 or UTF-16 units.
extension String {
  /// The string followed by spaces up to `width` characters; unchanged when already as wide.
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// The string preceded by spaces up to `width` characters (right-aligned).
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
