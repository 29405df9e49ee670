/// The output of ``TextNormalizer/normalize(_:)``: the normalized text and what was repaired.
public struct NormalizationResult: Sendable, Hashable {
  /// The normalized text (or the matching key, in ``NormalizationMode/matching`` mode).
  public var text: String
  /// The repairs in input order.
  public var repairs: [NormalizationRepair]

  /// Creates a result.
  public init(text: String, repairs: [NormalizationRepair]) {
    self.text = text
    self.repairs = repairs
  }
}
