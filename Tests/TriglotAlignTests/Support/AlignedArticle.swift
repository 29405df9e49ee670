import TriglotAlign
import TriglotTestSupport
import TriglotText

/// A Corpora article with the default aligner's alignment and its score against the gold.
struct AlignedArticle: Sendable {
  var article: CorporaArticle
  var alignment: Alignment
  var score: AlignmentScore

  /// Every Corpora article aligned once for the whole test run: the suites that check the
  /// default aligner on the Corpora (``CorpusAlignmentTests``,
  /// ``SentenceAlignmentPropertyTests``) share it, since aligning the articles takes seconds in
  /// a debug build.
  static let corpora: Result<[AlignedArticle], any Error> = Result {
    try CorporaArticle.all.map { article in
      let alignment = try ParagraphAligner().align(article.editions)
      return AlignedArticle(
        article: article, alignment: alignment,
        score: AlignmentScore(
          predicted: alignment.groups, reference: article.reference.groups,
          languages: Language.editions))
    }
  }
}
