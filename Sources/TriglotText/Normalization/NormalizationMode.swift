/// What a ``TextNormalizer`` produces.
public enum NormalizationMode: String, Sendable, Hashable, CaseIterable, Codable {
  /// Safe clean-up that keeps typography, for text people read and for extracting evidence:
  /// NFC; CRLF and CR become LF; invisible default-ignorable characters are removed; apostrophe
  /// variants between two Cyrillic letters become one apostrophe; Latin/Cyrillic homoglyphs
  /// inside a word are repaired. Every change except NFC and line endings is reported.
  case display
  /// An aggressive key for comparing texts: the display repairs, then NFKC_Casefold, apostrophes
  /// removed, quotes and dashes unified, combining acute U+0301 removed after canonical
  /// decomposition (stress marks, and the acute of `é`), `ё` → `е`, and white space (line breaks
  /// included) collapsed to single spaces with none at either end.
  case matching
}
