import TriglotText

/// One difference between the editions of an article that an audit rule found.
public struct Finding: Sendable, Hashable {
  /// The id of the rule that found it ("number-mismatch").
  public var rule: AuditRuleID
  /// How much it matters.
  public var severity: Severity
  /// The index of the alignment group it concerns.
  public var group: Int
  /// The edition at fault: the edition that lacks the paragraph for `missing`, the edition that
  /// carries the deviating value or paragraph for the other rules; `nil` when no single edition
  /// can be blamed.
  public var edition: Language?
  /// For each edition, the paragraphs concerned (the group's paragraphs, or the paragraph of a
  /// moved counterpart).
  public var paragraphs: [Language: [Int]]
  /// For each edition, the differing values as written in its text (numbers, dates, names,
  /// words); empty when the rule has no values to show.
  public var values: [Language: [String]]
  /// One line a person understands ("Russian edition says 265 where the others say 256").
  public var message: String
  /// For each edition, the sentences the finding is about, as written: for `partial`, the
  /// sentences of the other editions that the short edition leaves untranslated; for
  /// `number-mismatch` and `date-mismatch`, the sentence each edition states the value in.
  /// Empty for the other rules.
  public var sentences: [Language: [String]]

  /// Creates a finding.
  public init(
    rule: AuditRuleID, severity: Severity, group: Int, edition: Language?,
    paragraphs: [Language: [Int]], values: [Language: [String]] = [:], message: String,
    sentences: [Language: [String]] = [:]
  ) {
    self.rule = rule
    self.severity = severity
    self.group = group
    self.edition = edition
    self.paragraphs = paragraphs
    self.values = values
    self.message = message
    self.sentences = sentences
  }
}
