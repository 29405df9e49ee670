import TriglotText

/// The shared body of `number-mismatch` and `date-mismatch`: compares one kind of value across the
/// aligned article paragraphs of each group and words a finding per deviation.
struct ValueMismatchFinder {
  /// The rule id the findings carry.
  var rule: AuditRuleID
  /// The severity the findings carry.
  var severity: Severity
  /// The kind of value, for messages ("number", "date").
  var noun: String
  /// The values of that kind in one paragraph.
  var values: @Sendable (ParagraphFacts) -> [AuditValue]

  /// The findings in `context`, in group order.
  func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      var stated: [Language: [AuditValue]] = [:]
      for language in context.languages {
        let facts = context.articleFacts(language, inGroup: group)
        if !facts.isEmpty { stated[language] = facts.flatMap(values) }
      }
      for deviation in ValueComparison.deviations(stated) {
        result.append(
          Finding(
            rule: rule, severity: severity, group: group, edition: deviation.edition,
            paragraphs: context.paragraphs(ofGroup: group), values: deviation.values,
            message: message(deviation, editions: stated.keys.sorted())))
      }
    }
    return result
  }

  private func message(_ deviation: ValueComparison.Deviation, editions: [Language]) -> String {
    guard let edition = deviation.edition else {
      return editions.map { language in
        let shown = deviation.values[language] ?? []
        let said = shown.isEmpty ? "no such \(noun)" : EditionList.values(shown)
        return "\(language.englishName) says \(said)"
      }.joined(separator: "; ") + " — the \(noun)s differ"
    }
    let others = editions.filter { $0 != edition }
    let own = deviation.values[edition] ?? []
    let theirs = others.flatMap { deviation.values[$0] ?? [] }.uniqued()
    let name = "\(edition.englishName) edition"
    let verb = others.count == 1 ? "says" : "say"
    switch (own.isEmpty, theirs.isEmpty) {
    case (false, false):
      return "\(name) says \(EditionList.values(own)) where \(EditionList.names(others)) "
        + "\(verb) \(EditionList.values(theirs))"
    case (false, true):
      return "\(name) states the \(noun) \(EditionList.values(own)), which "
        + "\(EditionList.names(others)) \(others.count == 1 ? "does" : "do") not"
    default:
      return "\(name) lacks the \(noun) \(EditionList.values(theirs)) that "
        + "\(EditionList.names(others)) \(others.count == 1 ? "states" : "state")"
    }
  }
}
