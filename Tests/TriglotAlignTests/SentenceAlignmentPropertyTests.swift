import PropertyBased
import Testing
import TriglotAlign
import TriglotText

/// Whatever the input, the sentence groups hold every sentence of every article paragraph
/// exactly once, in order, inside its paragraph group.
@Suite("Sentence alignment properties")
struct SentenceAlignmentPropertyTests {
  /// Random edits of the sample story: in each edition each paragraph loses a sentence, is
  /// merged with the next, is dropped or is preceded by boilerplate, chosen by the codes.
  @Test func editedStoriesKeepEverySentenceOnceInOrder() async {
    let codes = Gen.int(in: 0...9).array(of: SampleArticle.count * 3)
    await propertyCheck(count: 30, input: codes) { codes in
      let story = SampleArticle.edited(by: codes, droppingSentences: true)
      let alignment = try ParagraphAligner().align(story.editions())
      expectValidSentencePartition(alignment, try SentenceAligner().align(alignment))
    }
  }

  /// Arbitrary sentences, arbitrary paragraph counts, two or three editions.
  @Test func arbitrarySentencesKeepEverySentenceOnceInOrder() async {
    let sentence = Gen.letterOrNumber.string(of: 1...20)
    let paragraph = sentence.array(of: 1...4).map { $0.joined(separator: ". ") + "." }
    let edition = paragraph.array(of: 0...8)
    await propertyCheck(count: 30, input: edition, edition, edition, Gen.bool) {
      uk, en, ru, three in
      let editions = Edition.generated(uk: uk, en: en, ru: ru, three: three)
      let alignment = try ParagraphAligner().align(editions)
      expectValidSentencePartition(alignment, try SentenceAligner().align(alignment))
    }
  }

  /// On the alignments of the Corpora that ``CorpusAlignmentTests`` checks too.
  @Test func everyCorporaArticleKeepsEverySentenceOnceInOrder() throws {
    for aligned in try AlignedArticle.corpora.get() {
      expectValidSentencePartition(
        aligned.alignment, try SentenceAligner().align(aligned.alignment))
    }
  }
}
