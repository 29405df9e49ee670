import Testing
import TriglotAlign
import TriglotAudit
import TriglotAudit
import TriglotTestSupport
import TriglotText

/// Every difference injected into the Corpora is found, with the right rule, edition and
/// paragraphs, and a clean article yields no error finding — on the aligner's own alignment,
/// as a user would run it, and on the gold alignment.
@Suite("Audit on the Corpora")
struct CorporaAuditTests {
  struct Audited: Sendable {
    var article: CorporaArticle
    var findings: [Finding]
    /// Why the article could not be aligned; its findings are then empty and the tests fail.
    var failure: String? = nil
  }

  static let aligned: [Audited] = CorporaArticle.all.map { article in
    do {
      let context = try AuditContext(editions: article.editions)
      return Audited(article: article, findings: Auditor().findings(in: context))
    } catch {
      return Audited(article: article, findings: [], failure: "\(error)")
    }
  }

  static let gold: [Audited] = CorporaArticle.all.map { article in
    Audited(article: article, findings: Auditor().findings(in: article.goldContext()))
  }

  @Test func theCorporaAreThereAndAlign() {
    #expect(
      CorporaArticle.all.count >= 10,
      "Corpora/articles not found at \(CorporaArticle.folder.path)")
    for audited in Self.aligned {
      #expect(audited.failure == nil, "\(audited.article.slug): \(audited.failure ?? "")")
    }
  }

  @Test func everyInjectedDifferenceIsFound() {
    for audited in Self.aligned {
      for difference in audited.article.differences {
        #expect(
          Self.finds(difference, in: audited.findings),
          "\(audited.article.slug): \(difference.rule) in \(difference.edition) \(difference.paragraphs)"
        )
      }
    }
  }

  @Test func cleanArticlesHaveNoErrors() {
    for audited in Self.aligned where audited.article.clean {
      let errors = audited.findings.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(audited.article.slug): \(errors.map(\.message))")
    }
  }

  @Test func onTheGoldAlignmentToo() {
    for audited in Self.gold {
      for difference in audited.article.differences
      where !["untranslated", "mixed-script"].contains(difference.rule) {
        #expect(
          Self.finds(difference, in: audited.findings),
          "\(audited.article.slug): \(difference.rule) in \(difference.edition)")
      }
      if audited.article.clean {
        #expect(
          audited.findings.filter { $0.severity == .error }.isEmpty, "\(audited.article.slug)")
      }
    }
  }

  /// Whether a finding has the difference's rule and edition and covers its paragraphs.
  static func finds(_ difference: CorporaArticle.Difference, in findings: [Finding]) -> Bool {
    findings.contains { finding in
      finding.rule.rawValue == difference.rule && finding.edition?.rawValue == difference.edition
        && difference.paragraphs.allSatisfy { key, indices in
          guard let language = Language(rawValue: key) else { return true }
          return Set(indices).isSubset(of: finding.paragraphs[language] ?? [])
        }
    }
  }
}
