import CICU

/// Locale-aware case mapping through ICU (`u_strToLower`, `u_strToUpper`, `u_strToTitle`,
/// `u_strFoldCase`). Stateless and safe from any thread.
public enum ICUCaseMapper {
  /// A case mapping.
  public enum Mapping: Sendable {
    /// Lower case.
    case lower
    /// Upper case.
    case upper
    /// Title case (the first letter of each word upper, the rest lower).
    case title
    /// Case folding, for caseless comparison.
    case fold

    var cValue: cicu_case_mapping {
      switch self {
      case .lower: CICU_CASE_LOWER
      case .upper: CICU_CASE_UPPER
      case .title: CICU_CASE_TITLE
      case .fold: CICU_CASE_FOLD
      }
    }
  }

  /// Returns `text` case-mapped with the rules of `locale` ("uk", "ru", "en", "tr").
  public static func map(_ text: String, _ mapping: Mapping, locale: String = "") throws(ICUError)
    -> String
  {
    if text.isEmpty { return text }
    return try withICUOutput(text, operation: "mapping case (\(mapping))") {
      src, length, dst, capacity, status in
      cicu_case_map(mapping.cValue, locale, src, length, dst, capacity, status)
    }
  }
}
