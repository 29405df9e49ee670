import Testing
import TriglotAlign
import TriglotText

@Suite("Audit on the Corpora")
struct CorporaAuditTests {
  @Test func dump() {
    for article in GoldArticle.all {
      let audit = ArticleAudit(context: article.goldContext())
      print("== \(article.slug) clean=\(article.clean)")
      for d in article.differences { print("   GOLD \(d.rule) \(d.edition) \(d.paragraphs)") }
      for f in audit.findings {
        print("   \(f.severity) \(f.rule) g\(f.group) \(f.edition?.rawValue ?? "-") \(f.values) \(f.message)")
      }
    }
  }
}
