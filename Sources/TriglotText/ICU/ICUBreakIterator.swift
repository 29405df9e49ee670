import CICU

/// Text boundaries through ICU's `ubrk` break iterators.
///
/// Each call opens and closes its own iterator, so the functions are safe from any thread.
public enum ICUBreakIterator {
  /// The kind of boundary to find.
  public enum Kind: Sendable {
    /// Words (with ICU's rule status telling words from spaces and punctuation).
    case word
    /// Sentences.
    case sentence

    var cValue: cicu_break_kind {
      switch self {
      case .word: CICU_BREAK_WORD
      case .sentence: CICU_BREAK_SENTENCE
      }
    }
  }

  /// What a word-break segment holds, from ICU's rule status.
  public enum SegmentKind: Sendable, Equatable {
    /// Spaces, punctuation and symbols.
    case none
    /// A number.
    case number
    /// A word of letters.
    case letter
    /// Kana, ideographs and other scripts ICU tags.
    case other
  }

  /// A segment between two boundaries, as UTF-16 offsets into the text.
  public struct Segment: Sendable, Equatable {
    /// UTF-16 offsets of the segment.
    public var range: Range<Int>
    /// What the segment holds (meaningful for word breaks; `.none` for other kinds).
    public var kind: SegmentKind
  }

  /// Returns the segments of `text` for `kind`, using the rules of `locale` ("uk", "ru", "en").
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func segments(of text: String, kind: Kind, locale: String) throws(ICUError)
    -> [Segment]
  {
    let units = Array(text.utf16)
    if units.isEmpty { return [] }
    var capacity = units.count / 3 + 16
    for _ in 0..<2 {
      var status: Int32 = 0
      var boundaries = [Int32](repeating: 0, count: capacity)
      var statuses = [Int32](repeating: 0, count: capacity)
      let count = units.withUnsafeBufferPointer { src in
        boundaries.withUnsafeMutableBufferPointer { b in
          statuses.withUnsafeMutableBufferPointer { s in
            cicu_break_boundaries(
              kind.cValue, locale, src.baseAddress, Int32(units.count), b.baseAddress,
              s.baseAddress, Int32(capacity), &status)
          }
        }
      }
      if status == CICU_BUFFER_OVERFLOW {
        capacity = Int(count) + 1
        continue
      }
      try ICUError.check(status, "finding \(kind) boundaries")
      var result: [Segment] = []
      result.reserveCapacity(Int(count))
      for index in 1..<max(1, Int(count)) {
        let code = statuses[index]
        let segmentKind: SegmentKind =
          kind != .word
          ? .none
          : code >= 300 ? .other : code >= 200 ? .letter : code >= 100 ? .number : .none
        result.append(
          Segment(range: Int(boundaries[index - 1])..<Int(boundaries[index]), kind: segmentKind))
      }
      return result
    }
    throw ICUError(status: CICU_BUFFER_OVERFLOW, operation: "finding \(kind) boundaries")
  }
}
