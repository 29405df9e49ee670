import PropertyBased
import Testing
import TriglotAlign
import TriglotText

/// Whatever the input, the aligner's groups partition every paragraph of every edition in
/// order, each group is non-empty, and boilerplate stays alone.
@Suite("Alignment properties")
struct AlignmentPropertyTests {
  /// Random edits of the sample story: each paragraph of each edition is kept, dropped, merged
  /// with the next or preceded by boilerplate, chosen by the generated codes.
  @Test func editedStoriesArePartitionedInOrder() async {
    let codes = Gen.int(in: 0...9).array(of: SampleArticle.count * 3)
    await propertyCheck(count: 40, input: codes) { codes in
      let story = SampleArticle.edited(by: codes)
      let alignment = try ParagraphAligner().align(story.editions())
      expectValidPartition(alignment)
    }
  }

  /// Arbitrary text, arbitrary paragraph counts, two or three editions.
  @Test func arbitraryParagraphsArePartitionedInOrder() async {
    let paragraph = Gen.letterOrNumber.string(of: 1...40)
    let edition = paragraph.array(of: 0...25)
    await propertyCheck(count: 40, input: edition, edition, edition, Gen.bool) {
      uk, en, ru, three in
      let editions = Edition.generated(uk: uk, en: en, ru: ru, three: three)
      let alignment = try ParagraphAligner().align(editions)
      expectValidPartition(alignment)
    }
  }
}
