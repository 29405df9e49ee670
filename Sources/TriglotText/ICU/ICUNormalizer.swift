import CICU

/// Unicode normalization through ICU's `unorm2`.
///
/// ICU's normalizer instances are process-wide singletons that are safe to share between threads,
/// so these functions can be called from any thread.
public enum ICUNormalizer {
  /// A Unicode normalization form.
  public enum Form: Sendable, CaseIterable {
    /// Canonical composition.
    case nfc
    /// Canonical decomposition.
    case nfd
    /// Compatibility composition.
    case nfkc
    /// Compatibility decomposition.
    case nfkd
    /// NFKC with case folding and removal of default-ignorable characters.
    case nfkcCasefold

    var cValue: cicu_normalization_form {
      switch self {
      case .nfc: CICU_NFC
      case .nfd: CICU_NFD
      case .nfkc: CICU_NFKC
      case .nfkd: CICU_NFKD
      case .nfkcCasefold: CICU_NFKC_CASEFOLD
      }
    }
  }

  /// Returns `text` normalized to `form`.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func normalize(_ text: String, to form: Form) throws(ICUError) -> String {
    if text.isEmpty { return text }
    return try withICUOutput(text, operation: "normalizing to \(form)") {
      src, length, dst, capacity, status in
      cicu_normalize(form.cValue, src, length, dst, capacity, status)
    }
  }
}
