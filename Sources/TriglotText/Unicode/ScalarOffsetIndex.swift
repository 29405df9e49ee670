/// The scalars of a text with a table from ICU's UTF-16 offsets to Unicode-scalar offsets, so
/// that segments found by ICU can be reported in the scalar offsets ``TextSegment`` uses.
struct ScalarOffsetIndex {
  /// The scalars of the text.
  let scalars: [Unicode.Scalar]
  /// For each UTF-16 offset (0 through the UTF-16 length), the offset of the scalar it falls in.
  private let scalarAtUTF16: [Int]

  /// Indexes `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  init(_ text: String) {
    var scalars: [Unicode.Scalar] = []
    var table: [Int] = []
    scalars.reserveCapacity(text.unicodeScalars.count)
    table.reserveCapacity(text.utf16.count + 1)
    for scalar in text.unicodeScalars {
      let offset = scalars.count
      table.append(offset)
      if scalar.value > 0xFFFF { table.append(offset) }
      scalars.append(scalar)
    }
    table.append(scalars.count)
    self.scalars = scalars
    self.scalarAtUTF16 = table
  }

  /// The scalar offset for a UTF-16 offset ICU reported.
  func scalarOffset(utf16 offset: Int) -> Int { scalarAtUTF16[offset] }

  /// The scalar range for a UTF-16 range ICU reported.
  func scalarRange(utf16 range: Range<Int>) -> Range<Int> {
    scalarOffset(utf16: range.lowerBound)..<scalarOffset(utf16: range.upperBound)
  }

  /// The text of the scalars in `range`.
  func string(_ range: Range<Int>) -> String {
    String(_scalars: scalars[range])
  }
}
