import Testing
import TriglotAlign
import TriglotTestSupport
import TriglotText

@Suite("Sentence aligner")
struct SentenceAlignerTests {
  /// The paragraph and sentence alignments of `article`.
  func aligned(_ article: SampleArticle, _ languages: [Language] = Language.editions) throws -> (
    Alignment, SentenceAlignment
  ) {
    let alignment = try ParagraphAligner().align(article.editions(languages))
    let sentences = try SentenceAligner().align(alignment)
    expectValidSentencePartition(alignment, sentences)
    return (alignment, sentences)
  }

  /// The sentence groups of the paragraph group holding `paragraph` of the Ukrainian edition,
  /// as (uk, en, ru) sentence ids.
  func shape(_ alignment: Alignment, _ sentences: SentenceAlignment, ukrainian paragraph: Int)
    -> [[[SentenceID]]]
  {
    guard let group = alignment.groups.firstIndex(where: { $0[.uk].contains(paragraph) }) else {
      return []
    }
    return sentences.groups[group].map { group in Language.editions.map { group[$0] } }
  }

  static func ids(_ paragraph: Int, _ sentences: Int...) -> [SentenceID] {
    sentences.map { SentenceID(paragraph: paragraph, sentence: $0) }
  }

  @Test func translatedSentencesLinkOneToOne() throws {
    let (alignment, sentences) = try aligned(SampleArticle.base)
    #expect(
      shape(alignment, sentences, ukrainian: 2) == [
        [Self.ids(2, 0), Self.ids(2, 0), Self.ids(2, 0)],
        [Self.ids(2, 1), Self.ids(2, 1), Self.ids(2, 1)],
      ])
    // English makes the two Ukrainian and Russian sentences of paragraph 1 one.
    #expect(
      shape(alignment, sentences, ukrainian: 1) == [
        [Self.ids(1, 0, 1), Self.ids(1, 0), Self.ids(1, 0, 1)]
      ])
  }

  @Test func aSentenceOneEditionLeavesOutIsAGroupWithoutIt() throws {
    let (alignment, sentences) = try aligned(
      SampleArticle.base.droppingSentence(1, of: 4, in: .en))
    #expect(
      shape(alignment, sentences, ukrainian: 4) == [
        [Self.ids(4, 0), Self.ids(4, 0), Self.ids(4, 0)],
        [Self.ids(4, 1), [], Self.ids(4, 1)],
      ])
  }

  @Test func theSentencesOfMergedParagraphsAreReadInOrder() throws {
    let (alignment, sentences) = try aligned(SampleArticle.base.merging(2, in: .en))
    let group = try #require(alignment.groups.firstIndex { $0[.uk] == [2, 3] })
    #expect(alignment.groups[group][.en] == [2])
    let shape = sentences.groups[group].map { group in Language.editions.map { group[$0] } }
    #expect(
      shape == [
        [Self.ids(2, 0), Self.ids(2, 0), Self.ids(2, 0)],
        [Self.ids(2, 1), Self.ids(2, 1), Self.ids(2, 1)],
        [Self.ids(3, 0), Self.ids(2, 2), Self.ids(3, 0)],
      ])
  }

  @Test func twoEditionsAlignTheirSentences() throws {
    let (alignment, sentences) = try aligned(
      SampleArticle.base.droppingSentence(0, of: 4, in: .ru), [.uk, .ru])
    #expect(
      shape(alignment, sentences, ukrainian: 4) == [
        [Self.ids(4, 0), [], []],
        [Self.ids(4, 1), [], Self.ids(4, 0)],
      ])
  }

  @Test func boilerplateHasNoSentencesAndALoneParagraphsSentencesStandAlone() throws {
    let article = SampleArticle.base.inserting("Читайте також: інші новини", at: 1, in: .uk)
      .omitting(2, in: .en)
    let (alignment, sentences) = try aligned(article)
    let promo = try #require(alignment.groups.firstIndex { $0[.uk] == [1] })
    #expect(alignment.groups[promo].isBoilerplate)
    #expect(sentences.groups[promo].isEmpty)
    #expect(
      shape(alignment, sentences, ukrainian: 3) == [
        [Self.ids(3, 0), [], Self.ids(2, 0)],
        [Self.ids(3, 1), [], Self.ids(2, 1)],
      ])
  }

  @Test func textOfSentencesJoinsThemWithASpace() throws {
    let (_, sentences) = try aligned(SampleArticle.base)
    let first = try #require(sentences.sentence(SentenceID(paragraph: 2, sentence: 0), in: .en))
    let second = try #require(sentences.sentence(SentenceID(paragraph: 2, sentence: 1), in: .en))
    #expect(
      sentences.text(of: Self.ids(2, 0, 1), in: .en) == first.text + " " + second.text)
    #expect(sentences.sentence(SentenceID(paragraph: 99, sentence: 0), in: .en) == nil)
  }

  /// The sentence gold of the Corpora (in-sample: the gold was drafted from the aligner's
  /// output and corrected by reading).
  @Test func corporaSentenceGoldIsMatched() throws {
    let articles = CorporaArticle.all.filter { $0.reference.sentenceGroups != nil }
    #expect(articles.count >= 6, "sentence gold in \(articles.count) articles; 6 are required")
    var total = AlignmentScore.zero
    for article in articles {
      let alignment = try ParagraphAligner(configuration: .sentenceLevel).align(article.editions)
      let sentences = try SentenceAligner().align(alignment)
      expectValidSentencePartition(alignment, sentences)
      let score = AlignmentScore(
        predicted: sentences.allGroups, reference: article.reference.sentenceGroups ?? [],
        languages: Language.editions)
      #expect(score.overall.f1 >= 0.98, "\(article.slug): sentence pair F1 \(score.overall.f1)")
      total = total + score
    }
    #expect(total.overall.f1 >= 0.99, "overall sentence pair F1 \(total.overall.f1)")
  }
}
