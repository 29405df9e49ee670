import TriglotAlign
import Foundation
import TriglotText

/// The length ratios that faithful translations between Triglot's languages show, and how far a
/// pair may stray from them before it looks like a partial translation.
///
/// Derived from the Corpora's clean articles (every aligned pair of article paragraphs, lengths
/// in characters, 123 pairs): the natural log of length(b) / length(a) has
///
/// | pair | mean | standard deviation | range seen |
/// | --- | --- | --- | --- |
/// | uk → en | +0.041 | 0.082 | 0.82 … 1.25 |
/// | uk → ru | +0.028 | 0.040 | 0.96 … 1.17 |
/// | en → ru | −0.013 | 0.093 | 0.81 … 1.24 |
///
/// A pair is flagged when its ratio, divided by the pair's expected ratio, falls below 1/2 or
/// above 2 (a log deviation of ln 2 ≈ 0.69, almost three times the largest deviation seen in the
/// clean articles and over seven standard deviations), and only when the longer paragraph has at
/// least ``minimumLength`` characters: one-line headings vary too much to judge.
public struct LengthRatioModel: Sendable, Hashable {
  /// The expected natural log of length(b) / length(a) for each ordered pair (a, b).
  public var meanLogRatio: [LanguagePair: Double]
  /// How far (in natural log) a pair may stray from its expected ratio.
  public var tolerance: Double
  /// The length in characters the longer paragraph needs before a ratio is judged.
  public var minimumLength: Int

  /// An ordered pair of languages.
  public struct LanguagePair: Sendable, Hashable {
    /// The first language (the denominator of the ratio).
    public var from: Language
    /// The second language (the numerator).
    public var to: Language

    /// Creates a pair.
    public init(_ from: Language, _ to: Language) {
      self.from = from
      self.to = to
    }
  }

  /// Creates a model.
  public init(meanLogRatio: [LanguagePair: Double], tolerance: Double, minimumLength: Int) {
    self.meanLogRatio = meanLogRatio
    self.tolerance = tolerance
    self.minimumLength = minimumLength
  }

  /// The model measured on the Corpora's clean articles (see the type's documentation).
  public static let standard = LengthRatioModel(
    meanLogRatio: [
      LanguagePair(.uk, .en): 0.041, LanguagePair(.uk, .ru): 0.028,
      LanguagePair(.en, .ru): -0.013,
    ],
    tolerance: log(2.0), minimumLength: 120)

  /// The log deviation of `length(to) / length(from)` from what the pair normally shows:
  /// negative when `to` is shorter than expected.
  public func deviation(from: Language, length fromLength: Int, to: Language, length toLength: Int)
    -> Double
  {
    let expected =
      meanLogRatio[LanguagePair(from, to)] ?? -(meanLogRatio[LanguagePair(to, from)] ?? 0)
    return log(Double(max(toLength, 1)) / Double(max(fromLength, 1))) - expected
  }

  /// Whether `to` is much shorter than a faithful translation of `from` would be.
  public func isTooShort(from: Language, length fromLength: Int, to: Language, length toLength: Int)
    -> Bool
  {
    max(fromLength, toLength) >= minimumLength
      && deviation(from: from, length: fromLength, to: to, length: toLength) < -tolerance
  }
}
