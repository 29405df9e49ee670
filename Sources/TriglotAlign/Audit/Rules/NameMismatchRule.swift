import TriglotText

/// `name-mismatch`: a person or place named in the aligned paragraphs of the other editions and
/// absent from one edition's paragraph (left out, or replaced by another name).
///
/// Names are compared by key (``ParagraphFacts/names``), so inflected forms (Буданов, Буданова,
/// Будановим) and transliterations (Budanov) count as present. Names are compared as sets: a
/// name repeated in one edition and replaced by a pronoun in another is not a finding. The edition
/// that lacks a name every other edition has is the one reported, so a group needs at least
/// three editions with text, or two when ``reportsPairs`` is on.
public struct NameMismatchRule: AuditRule {
  public let id = "name-mismatch"
  public let severity = Severity.warning
  public let summary = "a name the other editions give that one edition's paragraph lacks"
  /// Whether groups with text in only two editions are judged (no majority says which of the two
  /// is at fault; the finding then names no edition).
  public var reportsPairs: Bool

  /// Creates the rule.
  public init(reportsPairs: Bool = false) {
    self.reportsPairs = reportsPairs
  }

  public func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      var named: [Language: [AuditValue]] = [:]
      for language in context.languages {
        let facts = context.articleFacts(language, inGroup: group)
        guard !facts.isEmpty else { continue }
        var seen: Set<String> = []
        named[language] = facts.flatMap(\.names).filter { seen.insert($0.key).inserted }
      }
      guard named.count >= 3 || (reportsPairs && named.count == 2) else { continue }
      for deviation in ValueComparison.deviations(named)
      where deviation.edition == nil || !deviation.lacking.isEmpty {
        result.append(
          Finding(
            rule: id, severity: severity, group: group, edition: deviation.edition,
            paragraphs: context.paragraphs(ofGroup: group),
            values: deviation.values,
            message: message(deviation, editions: named.keys.sorted())))
      }
    }
    return result
  }

  private func message(_ deviation: ValueComparison.Deviation, editions: [Language]) -> String {
    guard let edition = deviation.edition else {
      return editions.map { language in
        let names = deviation.values[language] ?? []
        return "\(language.englishName) names \(names.isEmpty ? "no one" : EditionList.values(names))"
      }.joined(separator: "; ") + " — the names differ"
    }
    let others = editions.filter { $0 != edition }
    let lacking = Set(deviation.lacking)
    let shown = lackingNames(lacking, in: others, deviation: deviation)
    var text = "\(edition.englishName) edition does not name \(EditionList.values(shown)), "
      + "named in \(EditionList.names(others))"
    if let own = deviation.values[edition], !own.isEmpty, !deviation.added.isEmpty {
      text += "; it names \(EditionList.values(own)) instead"
    }
    return text
  }

  private func lackingNames(
    _ keys: Set<String>, in others: [Language], deviation: ValueComparison.Deviation
  ) -> [String] {
    let source = others.first { $0 == .en } ?? others[0]
    let names = deviation.values[source] ?? []
    return names.isEmpty ? others.flatMap { deviation.values[$0] ?? [] }.uniqued() : names
  }
}
