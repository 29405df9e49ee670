import CICU

/// Mixed-script and confusable detection through ICU's `uspoof`.
///
/// The checker is configured once when it opens and is never changed afterwards; ICU documents
/// `uspoof_check` and `uspoof_getSkeleton` as safe to call concurrently on such a checker, so a
/// single shared instance serves all threads.
public final class ICUSpoofChecker: @unchecked Sendable {
  /// Problems a spoof check can report.
  public struct Problems: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The text mixes scripts beyond ICU's "highly restrictive" level (e.g. Latin and Cyrillic).
    public static let restrictionLevel = Problems(rawValue: CICU_SPOOF_RESTRICTION_LEVEL)
    /// The text mixes scripts in a way that can be confused with a single-script string.
    public static let mixedScriptConfusable = Problems(
      rawValue: CICU_SPOOF_MIXED_SCRIPT_CONFUSABLE)
  }

  private let pointer: OpaquePointer

  /// A shared checker.
  public static let shared: ICUSpoofChecker? = try? ICUSpoofChecker()

  /// Opens a checker that tests the restriction level and mixed-script confusables.
  public init() throws(ICUError) {
    var status: Int32 = 0
    guard let pointer = cicu_spoof_open(&status), status <= 0 else {
      throw ICUError(status: max(status, 1), operation: "opening the spoof checker")
    }
    self.pointer = pointer
  }

  deinit { cicu_spoof_close(pointer) }

  /// Returns the problems ICU finds in `text` (empty when it passes).
  public func check(_ text: String) throws(ICUError) -> Problems {
    let units = Array(text.utf16)
    var status: Int32 = 0
    let result = units.withUnsafeBufferPointer {
      cicu_spoof_check(pointer, $0.baseAddress ?? emptyUnits, Int32(units.count), &status)
    }
    try ICUError.check(status, "checking for mixed scripts")
    return Problems(rawValue: result)
  }

  /// Returns the confusable skeleton of `text`: two strings that look alike share a skeleton.
  public func skeleton(_ text: String) throws(ICUError) -> String {
    let pointer = self.pointer
    return try withICUOutput(text, operation: "computing a confusable skeleton") {
      src, length, dst, capacity, status in
      cicu_spoof_skeleton(pointer, src, length, dst, capacity, status)
    }
  }
}
