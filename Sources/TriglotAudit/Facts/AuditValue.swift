/// A value found in a paragraph (a number, a date, a name, a suspicious word): the text as written
/// and the key it is compared by.
///
/// Two values are the same fact when their keys are equal: "1 200", "1,200" and "1.2 thousand"
/// share the key "1200"; "25-го липня" and "July 25" share "--07-25".
public struct AuditValue: Sendable, Hashable {
  /// The value as written in the paragraph ("1,2 тис.").
  public var text: String
  /// The locale-independent key it is compared by ("1200").
  public var key: String
  /// The key of another reading of the value, taken when the other editions state it and not
  /// ``key`` (``NumberAnchor/alternativeKey``: "25,000" in Russian is 25 or 25000).
  public var alternative: String?
  /// The value with the word written after it ("20 унцій", "20-ounce"), which says what the
  /// value measures when an edition leaves it out; nil when no word follows.
  public var phrase: String?

  /// Creates a value.
  public init(text: String, key: String, alternative: String? = nil, phrase: String? = nil) {
    self.text = text
    self.key = key
    self.alternative = alternative
    self.phrase = phrase
  }
}
