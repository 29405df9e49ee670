import TriglotText

/// The contract of ``TextSegment`` lists, checked so that a violation is a crash libFuzzer
/// reports: each segment's text is exactly the scalars at its range, the ranges lie inside the
/// text, are not empty and come in order without overlapping.
enum SegmentChecks {
  static func check(_ segments: [TextSegment], of scalars: [Unicode.Scalar], _ what: String) {
    var end = 0
    for segment in segments {
      let range = segment.range
      precondition(
        range.lowerBound >= end && range.upperBound <= scalars.count && !range.isEmpty,
        "\(what): segment range \(range) out of order or outside 0..<\(scalars.count)")
      precondition(
        segment.text.unicodeScalars.elementsEqual(scalars[range]),
        "\(what): segment text is not the scalars at \(range)")
      end = range.upperBound
    }
  }

  /// Checks that an anchor's `range` lies inside a text of `count` scalars.
  static func checkInside(_ range: Range<Int>, count: Int, _ what: String) {
    precondition(
      range.lowerBound >= 0 && range.upperBound <= count,
      "\(what): range \(range) outside 0..<\(count)")
  }
}
