/// Normalizes Ukrainian, English and Russian text for display or for matching.
///
/// ```swift
/// let result = try TextNormalizer().normalize("Харкiв, п'ять")
/// result.text     // "Харків, п’ять"
/// result.repairs  // [homoglyph "Харкiв" → "Харків", apostrophe "п'ять" → "п’ять"]
/// let key = try TextNormalizer(mode: .matching).normalize("«Ёлка» — п’ять").text
/// // "\"елка\" - пять"
/// ```
///
/// See ``NormalizationMode`` for what each mode does. The normalizer is a value with no state
/// of its own, so one instance can be used from any number of threads.
public struct TextNormalizer: Sendable, Hashable {
  /// The default apostrophe: U+2019 RIGHT SINGLE QUOTATION MARK, the form Ukrainian typography
  /// and most news sites use.
  public static let defaultApostrophe: Unicode.Scalar = "\u{2019}"

  /// What the normalizer produces.
  public var mode: NormalizationMode
  /// The apostrophe that variants between two Cyrillic letters become in display mode.
  public var apostrophe: Unicode.Scalar

  /// Creates a normalizer.
  public init(mode: NormalizationMode = .display, apostrophe: Unicode.Scalar = defaultApostrophe) {
    self.mode = mode
    self.apostrophe = apostrophe
  }

  /// Normalizes `text` and reports the repairs.
  ///
  /// Repairs come in input order; each names its place in the input
  /// (``NormalizationRepair/sourceRange``) and, in display mode, in the output
  /// (``NormalizationRepair/range``).
  ///
  /// - Throws: ``ICUError`` when ICU fails to normalize (in practice only when out of memory).
  /// - Complexity: O(*n*) in the length of `text`. Text in Latin, Cyrillic and common
  ///   punctuation is handled without calling ICU in display mode; matching mode adds one ICU
  ///   call for NFKC_Casefold over the whole text (two when it must decompose acutes first).
  public func normalize(_ text: String) throws(ICUError) -> NormalizationResult {
    var repairs: [NormalizationRepair] = []
    var scalars = try SourceMappedScalars.cleaningForDisplay(text, repairs: &repairs)
    if mode == .matching {
      // The key drops acutes (stress marks). Dropped before the repairs, an acute no longer
      // keeps a homoglyph it sits on from being repaired; dropped after, it would leave the key
      // with a homoglyph that a second normalization repairs (totaе́led, or á­вечерние, whose
      // acute display's NFC had composed into á), which the idempotence property found.
      try scalars.replace(MatchingKey.withoutAcute)
    }
    WordRepairer(apostrophe: apostrophe, joinsLikeTheMatchingKey: mode == .matching)
      .repair(&scalars, repairs: &repairs)
    repairs.sort {
      ($0.sourceRange.lowerBound, $0.kind.order) < ($1.sourceRange.lowerBound, $1.kind.order)
    }
    switch mode {
    case .display:
      return NormalizationResult(text: scalars.string, repairs: repairs)
    case .matching:
      for index in repairs.indices { repairs[index].range = nil }
      return NormalizationResult(
        text: try MatchingKey.make(from: scalars.scalars), repairs: repairs)
    }
  }
}

extension NormalizationRepair.Kind {
  /// The order in which repairs at one position were made.
  fileprivate var order: Int {
    switch self {
    case .invisible: 0
    case .homoglyph: 1
    case .apostrophe: 2
    }
  }
}
