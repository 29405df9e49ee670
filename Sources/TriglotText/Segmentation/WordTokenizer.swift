/// Splits text into words with ICU's word-break rules for a language.
///
/// ICU keeps apostrophes and inner periods inside words (`п’ять`, `don't`, `example.com`) and
/// splits at hyphens (`Су-25` → `Су`, `25`). Spaces, punctuation and symbols are not words and
/// are left out.
public struct WordTokenizer: Sendable, Hashable {
  /// The language whose ICU word-break rules are used.
  public var language: Language

  /// Creates a tokenizer for `language` (`.other` uses ICU's root rules).
  public init(language: Language = .other) {
    self.language = language
  }

  /// Returns the words of `text` in order, with their ranges in Unicode-scalar offsets.
  ///
  /// - Complexity: O(*n*) in the length of `text`, with one ICU call.
  public func words(in text: String) throws(ICUError) -> [WordToken] {
    let segments = try ICUBreakIterator.segments(
      of: text, kind: .word, locale: language.icuLocale)
    let index = ScalarOffsetIndex(text)
    var words: [WordToken] = []
    for segment in segments {
      let range = index.scalarRange(utf16: segment.range)
      let kind: WordToken.Kind
      switch segment.kind {
      case .letter: kind = .letter
      case .number: kind = .number
      case .other: kind = .other
      case .none:
        guard index.scalars[range].contains(where: { $0._isLetter || $0._isDigit }) else {
          continue
        }
        kind = .other
      }
      words.append(WordToken(text: index.string(range), kind: kind, range: range))
    }
    return words
  }
}
