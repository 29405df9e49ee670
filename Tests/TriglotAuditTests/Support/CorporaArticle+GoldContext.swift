import TriglotAlign
import TriglotAudit
import TriglotAudit
import TriglotTestSupport
import TriglotText

extension CorporaArticle {
  /// The audit context over the gold alignment, with facts extracted from the text and the gold
  /// boilerplate: what the rules find when the aligner is not in the way.
  func goldContext() -> AuditContext {
    AuditContext(
      alignment: goldAlignment,
      facts: Dictionary(
        uniqueKeysWithValues: editions.map { edition in
          let boilerplate = boilerplate(edition.language)
          return (
            edition.language,
            edition.paragraphs.indices.map { index in
              ParagraphFacts(
                text: edition.paragraphs[index].text, edition: edition.language,
                isBoilerplate: boilerplate.contains(index), language: nil)
            }
          )
        }))
  }
}
