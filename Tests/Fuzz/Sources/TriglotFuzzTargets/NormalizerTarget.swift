import TriglotText

/// `normalize`: ``TextNormalizer`` in each mode with each apostrophe the CLI offers, on any text.
/// Checks that every repair's source range lies inside the input.
enum NormalizerTarget {
  /// The apostrophes a normalizer can be asked to write (`--apostrophe`).
  private static let apostrophes: [Unicode.Scalar] = [
    TextNormalizer.defaultApostrophe, "\u{2019}", "'", "\u{2BC}",
  ]

  static func run(_ input: inout FuzzInput) {
    let mode = input.choose(NormalizationMode.allCases)
    let apostrophe = input.choose(apostrophes)
    let text = input.restAsText()
    let count = text.unicodeScalars.count
    do {
      let result = try TextNormalizer(mode: mode, apostrophe: apostrophe).normalize(text)
      for repair in result.repairs {
        SegmentChecks.checkInside(repair.sourceRange, count: count, "normalize repair")
      }
    } catch {
      // An ICU failure is a reported error, not a crash; ICU has no reason to fail on valid
      // Unicode, so it is worth knowing about.
      preconditionFailure("normalize: ICU failed: \(error)")
    }
  }
}
