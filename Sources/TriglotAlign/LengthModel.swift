import Foundation
import TriglotText

/// The Gale–Church length model: the length of a translation is about `ratio` times the length
/// of its source, with a variance that grows with the length (`variance` per character).
///
/// The ratios and variances are fitted on the paragraph pairs of a development set of real
/// professional translation (the WMT22 general test set's human references, uk↔en, en→uk+ru,
/// ru→en; `Benchmarks/devset`), lengths in characters, pooled over domains and directions:
/// uk→en 1.007 / 4.2 (2,482 pairs), uk→ru 1.046 / 3.3 (1,080), en→ru 1.038 / 3.8 (2,160).
/// The models once fitted on Triglot's own Corpora (uk→ru variance 0.37) were three times too
/// confident for real translation.
public struct LengthModel: Sendable, Hashable {
  /// Expected length of the target per character of the source.
  public var ratio: Double
  /// Variance of the target length per character of the source.
  public var variance: Double

  /// Creates a model.
  public init(ratio: Double, variance: Double) {
    self.ratio = ratio
    self.variance = variance
  }

  /// The calibrated model from `source` to `target` (the inverse ratio when only the opposite
  /// direction is stored); for one language to itself, ratio 1 and variance 1.
  public static func calibrated(from source: Language, to target: Language) -> LengthModel {
    model(from: source, to: target, in: calibratedTable)
  }

  /// The model from `source` to `target` in `table`: the stored pair, the inverse of the
  /// opposite pair, or ratio 1 and variance 1.
  static func model(
    from source: Language, to target: Language, in table: [LanguagePair: LengthModel]
  ) -> LengthModel {
    if let model = table[LanguagePair(source, target)] { return model }
    if let model = table[LanguagePair(target, source)] {
      return LengthModel(ratio: 1 / model.ratio, variance: model.variance / model.ratio)
    }
    return LengthModel(ratio: 1, variance: 1)
  }

  /// The calibrated models, one direction per pair.
  public static let calibratedTable: [LanguagePair: LengthModel] = [
    LanguagePair(.uk, .en): LengthModel(ratio: 1.007, variance: 4.2),
    LanguagePair(.uk, .ru): LengthModel(ratio: 1.046, variance: 3.3),
    LanguagePair(.en, .ru): LengthModel(ratio: 1.038, variance: 3.8),
  ]

  /// The log-probability that texts of `sourceLength` and `targetLength` characters are
  /// translations of each other: log 2(1 − Φ(|δ|)) with δ = (t − s·ratio) / √(s·variance).
  public func logProbability(sourceLength: Int, targetLength: Int) -> Double {
    let source = Double(max(sourceLength, 1))
    let target = Double(targetLength)
    let delta = (target - source * ratio) / (source * variance).squareRoot()
    let tail = erfc(abs(delta) / 2.squareRoot())
    return log(max(tail, 1e-300))
  }
}
