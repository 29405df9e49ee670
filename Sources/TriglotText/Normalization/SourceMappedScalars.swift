/// Text as an array of Unicode scalars in which every scalar remembers the input scalars it came
/// from, so that repairs made on the cleaned text can name their place in the original.
struct SourceMappedScalars {
  /// The scalars of the text.
  var scalars: [Unicode.Scalar] = []
  /// For each scalar, the offset of the first input scalar it came from.
  var sourceStart: [Int] = []
  /// For each scalar, one past the offset of the last input scalar it came from.
  var sourceEnd: [Int] = []

  /// The input range that produced the scalars in `range`.
  func sourceRange(of range: Range<Int>) -> Range<Int> {
    sourceStart[range.lowerBound]..<sourceEnd[range.upperBound - 1]
  }

  /// The text of the scalars in `range`.
  func string(_ range: Range<Int>) -> String {
    String(_scalars: scalars[range])
  }

  /// The whole text.
  var string: String { string(0..<scalars.count) }

  /// Replaces each scalar for which `replacement` gives scalars by those (none: the scalar is
  /// removed); each keeps the source offsets of the scalar it replaces.
  mutating func replace(
    _ replacement: (Unicode.Scalar) throws(ICUError) -> [Unicode.Scalar]?
  ) throws(ICUError) {
    var result = SourceMappedScalars()
    for (index, scalar) in scalars.enumerated() {
      for kept in try replacement(scalar) ?? [scalar] {
        result.append(kept, from: sourceStart[index]..<sourceEnd[index])
      }
    }
    self = result
  }

  private mutating func append(_ scalar: Unicode.Scalar, from source: Range<Int>) {
    scalars.append(scalar)
    sourceStart.append(source.lowerBound)
    sourceEnd.append(source.upperBound)
  }

  /// Cleans `text` for display: CRLF and CR become LF, invisible default-ignorable scalars are
  /// removed (each run reported as an ``NormalizationRepair/Kind/invisible`` repair), and the rest
  /// is put into NFC.
  ///
  /// NFC is applied per normalization unit: a unit starts at a scalar that can neither combine
  /// with what precedes it nor be changed by NFC (ASCII, Latin, basic Cyrillic, common
  /// punctuation), so the units are independent and such scalars skip ICU entirely. Everything
  /// else (combining marks, other scripts) goes through ICU together with the scalar it follows.
  ///
  /// - Complexity: O(*n*); ICU is called once per unit that holds a scalar outside the fast set.
  static func cleaningForDisplay(_ text: String, repairs: inout [NormalizationRepair])
    throws(ICUError) -> SourceMappedScalars
  {
    let input = Array(text.unicodeScalars)
    var filtered = SourceMappedScalars()
    filtered.scalars.reserveCapacity(input.count)
    filtered.sourceStart.reserveCapacity(input.count)
    filtered.sourceEnd.reserveCapacity(input.count)
    var removals: [Range<Int>] = []
    var index = 0
    while index < input.count {
      let scalar = input[index]
      if scalar == "\r" {
        let end = index + 1 < input.count && input[index + 1] == "\n" ? index + 2 : index + 1
        filtered.append("\n", from: index..<end)
        index = end
        continue
      }
      if scalar._isDefaultIgnorable && !continuesEmojiSequence(scalar, after: filtered.scalars.last)
      {
        if let last = removals.last, last.upperBound == index {
          removals[removals.count - 1] = last.lowerBound..<index + 1
        } else {
          removals.append(index..<index + 1)
        }
        index += 1
        continue
      }
      filtered.append(scalar, from: index..<index + 1)
      index += 1
    }
    let result = try filtered.composed()
    for removal in removals {
      let position = result.outputOffset(forSource: removal.upperBound)
      repairs.append(
        NormalizationRepair(
          kind: .invisible, sourceRange: removal, range: position..<position,
          before: String(_scalars: input[removal]), after: ""))
    }
    return result
  }

  /// Zero-width joiners, variation selectors and tag characters hold emoji sequences together
  /// (👨‍👩‍👧, ❤️, flags), so they stay when they follow an emoji or another such joiner.
  private static func continuesEmojiSequence(
    _ scalar: Unicode.Scalar, after previous: Unicode.Scalar?
  )
    -> Bool
  {
    guard let previous else { return false }
    switch scalar.value {
    case 0x200D, 0xFE0E, 0xFE0F, 0xE0020...0xE007F:
      switch previous.value {
      case 0x200D, 0xFE0E, 0xFE0F, 0xE0020...0xE007F: return true
      case 0..<0x2000: return false
      default: return previous.properties.isEmoji
      }
    default:
      return false
    }
  }

  /// The offset of the first output scalar that comes from input at or after `source`.
  private func outputOffset(forSource source: Int) -> Int {
    var low = 0
    var high = sourceStart.count
    while low < high {
      let middle = (low + high) / 2
      if sourceStart[middle] < source { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whether NFC leaves `scalar` alone and never combines it with the scalar before it.
  private static func isStableStarter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2002...0x206F, 0x20A0...0x20C0:
      true
    default:
      false
    }
  }

  /// This text in NFC, with the source map carried through.
  private func composed() throws(ICUError) -> SourceMappedScalars {
    if scalars.allSatisfy(Self.isStableStarter) { return self }
    var result = SourceMappedScalars()
    result.scalars.reserveCapacity(scalars.count)
    result.sourceStart.reserveCapacity(scalars.count)
    result.sourceEnd.reserveCapacity(scalars.count)
    var start = 0
    while start < scalars.count {
      var end = start + 1
      while end < scalars.count && !Self.isStableStarter(scalars[end]) { end += 1 }
      if end == start + 1 && Self.isStableStarter(scalars[start]) {
        result.append(scalars[start], from: sourceStart[start]..<sourceEnd[start])
      } else {
        let unit = string(start..<end)
        let normalized = try ICUNormalizer.normalize(unit, to: .nfc)
        // Swift's == compares canonically equivalent strings as equal: compare the scalars.
        if normalized.unicodeScalars.elementsEqual(unit.unicodeScalars) {
          for offset in start..<end {
            result.append(scalars[offset], from: sourceStart[offset]..<sourceEnd[offset])
          }
        } else {
          let source = sourceStart[start]..<sourceEnd[end - 1]
          for scalar in normalized.unicodeScalars { result.append(scalar, from: source) }
        }
      }
      start = end
    }
    return result
  }
}
