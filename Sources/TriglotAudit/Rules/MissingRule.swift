import TriglotText

/// `missing`: an article paragraph that one edition lacks while another has it.
///
/// One finding per lacking edition, naming it. Boilerplate (navigation, captions, promos) is never
/// reported: editions are expected to differ there.
public struct MissingRule: AuditRule {
  public let id = AuditRuleID.missing
  public let severity = Severity.error
  public let summary = "an article paragraph that one edition lacks while another has it"

  /// Creates the rule.
  public init() {}

  public func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      let having = context.languages.filter {
        !context.articleParagraphs($0, inGroup: group).isEmpty
      }
      guard let first = having.first else { continue }
      let lacking = context.languages.filter { context.alignment.groups[group][$0].isEmpty }
      let excerpt = EditionList.excerpt(context.articleFacts(first, inGroup: group)[0].text)
      for language in lacking {
        result.append(
          Finding(
            rule: id, severity: severity, group: group, edition: language,
            paragraphs: context.paragraphs(ofGroup: group),
            message: "\(language.englishName) edition lacks the paragraph that "
              + "\(EditionList.names(having)) \(having.count == 1 ? "has" : "have"): "
              + "“\(excerpt)”"))
      }
    }
    return result
  }
}
