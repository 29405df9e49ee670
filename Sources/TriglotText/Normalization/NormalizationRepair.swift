/// One change the normalizer made that a reader could want to check.
///
/// Unicode normalization (NFC) and line-ending conversion are not reported: they never change
/// what a reader sees.
public struct NormalizationRepair: Sendable, Hashable {
  /// What was repaired.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Latin letters in a Cyrillic word, or Cyrillic letters in a Latin word, replaced by their
    /// look-alikes (`Харкiв` with a Latin `i` → `Харків`). `before` and `after` are the word.
    case homoglyph
    /// Apostrophe variants between two Cyrillic letters replaced by the chosen apostrophe
    /// (`п'ять` → `п’ять`). `before` and `after` are the word.
    case apostrophe
    /// Invisible default-ignorable characters removed (zero-width space, soft hyphen, BOM …).
    /// `before` holds the removed characters and `after` is empty.
    case invisible
  }

  /// What was repaired.
  public var kind: Kind
  /// Where the repaired text was in the input, in Unicode-scalar offsets from its start.
  public var sourceRange: Range<Int>
  /// Where the repaired text is in the normalized output, in Unicode-scalar offsets (empty for a
  /// removal). Nil in ``NormalizationMode/matching`` mode, whose key does not map back to the
  /// text position by position.
  public var range: Range<Int>?
  /// The text before the repair.
  public var before: String
  /// The text after the repair.
  public var after: String

  /// Creates a repair.
  public init(
    kind: Kind, sourceRange: Range<Int>, range: Range<Int>?, before: String, after: String
  ) {
    self.kind = kind
    self.sourceRange = sourceRange
    self.range = range
    self.before = before
    self.after = after
  }
}
