import CICU

/// Script and property look-ups for single code points, answered by ICU.
public enum UnicodeScript: Sendable, Equatable {
  /// Latin letters.
  case latin
  /// Cyrillic letters.
  case cyrillic
  /// Greek letters.
  case greek
  /// Characters shared by all scripts (digits, punctuation, spaces).
  case common
  /// Combining marks that take the script of their base.
  case inherited
  /// Any other script, with ICU's `UScriptCode`.
  case other(Int32)

  /// The script of `scalar`.
  public init(_ scalar: Unicode.Scalar) {
    switch cicu_script(scalar.value) {
    case CICU_SCRIPT_LATIN: self = .latin
    case CICU_SCRIPT_CYRILLIC: self = .cyrillic
    case CICU_SCRIPT_GREEK: self = .greek
    case CICU_SCRIPT_COMMON: self = .common
    case CICU_SCRIPT_INHERITED: self = .inherited
    case let code: self = .other(code)
    }
  }

  /// Whether `scalar` is a default-ignorable code point (zero-width space, joiners, soft hyphen,
  /// BOM, variation selectors …) according to ICU.
  public static func isDefaultIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    cicu_is_default_ignorable(scalar.value) != 0
  }
}
