import TriglotText

/// `untranslated`: an article paragraph written in another edition's language (Russian text left
/// in the Ukrainian edition, Ukrainian text in the English one).
///
/// Relies on the paragraph's detected language, which is `nil` when there is too little text to
/// tell; such paragraphs are never reported.
public struct UntranslatedRule: AuditRule {
  public let id = AuditRuleID.untranslated
  public let severity = Severity.error
  public let summary = "an article paragraph whose language is not its edition's"

  /// Creates the rule.
  public init() {}

  public func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      for language in context.languages {
        for index in context.articleParagraphs(language, inGroup: group) {
          let facts = context.paragraph(language, index)
          guard let detected = facts.language, Language.editions.contains(detected),
            detected != language
          else { continue }
          result.append(
            Finding(
              rule: id, severity: severity, group: group, edition: language,
              paragraphs: context.paragraphs(ofGroup: group),
              values: [language: [detected.rawValue]],
              message: "\(language.englishName) edition has a paragraph in "
                + "\(detected.englishName): “\(EditionList.excerpt(facts.text))”"))
        }
      }
    }
    return result
  }
}
