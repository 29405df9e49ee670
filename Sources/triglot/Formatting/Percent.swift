import Foundation

/// The one way Triglot writes a share (0…1) as a percentage, in every report: rounded down to a
/// tenth ("90.6%", "99.6%", "100%"), so that only complete coverage reads 100% and a figure that
/// reads below a `--fail-under` threshold is one that fails it.
enum Percent {
  /// `share` as a percentage rounded down to a tenth, without a trailing ".0".
  static func text(_ share: Double) -> String {
    let tenths = (share * 1000 + 1e-9).rounded(.down)
    return tenths.truncatingRemainder(dividingBy: 10) == 0
      ? "\(Int(tenths / 10))%" : String(format: "%.1f%%", tenths / 10)
  }
}
