import PropertyBased
import Testing
import TriglotAlign
import TriglotTestSupport
import TriglotText

/// The aligner depends on the editions' texts, not on how they are handed to it: an edition
/// aligned with a copy of itself is paired paragraph by paragraph, and the order in which the
/// editions are given does not change the groups.
@Suite("Alignment symmetry properties")
struct AlignmentSymmetryPropertyTests {
  /// Paragraphs of Corpora words in `language` (the first code picks it), aligned as the
  /// Ukrainian and the Russian edition: each group pairs paragraph *k* with paragraph *k*,
  /// except that a paragraph taken for boilerplate (a "Read also" line) is a group of its own
  /// in each edition, as every boilerplate paragraph is.
  @Test func anEditionAlignedWithItselfIsTheIdentity() async throws {
    let paragraph = Gen.int(in: 0...1 << 20).array(of: 1...30)
    await propertyCheck(count: 30, input: paragraph.array(of: 1...20)) { paragraphs in
      let (language, text) = CorporaVocabulary.article(paragraphs)
      let editions = [Language.uk, .ru].map {
        Edition(language: $0, source: $0.rawValue, text: text)
      }
      let alignment = try ParagraphAligner().align(editions)
      expectValidPartition(alignment)
      for group in alignment.groups where !group.isBoilerplate {
        #expect(group[.uk] == group[.ru] && group[.uk].count == 1, "\(group) of \(text)")
      }
      for group in alignment.groups where group.isBoilerplate && !group.isCaption {
        let index = group[group.languages[0]][0]
        let twin = alignment.groups.first { $0.isBoilerplate && $0 != group
          && $0[group.languages[0] == .uk ? .ru : .uk] == [index] }
        #expect(twin != nil, "boilerplate paragraph \(index) in one edition only: \(text)")
      }
    }
  }

  /// Random edits of the sample story (paragraphs dropped, merged, boilerplate inserted), its
  /// editions handed over in every order: the groups are the same.
  @Test func theOrderOfTheEditionsDoesNotChangeTheGroups() async throws {
    let codes = Gen.int(in: 0...9).array(of: SampleArticle.count * 3)
    await propertyCheck(count: 20, input: codes) { codes in
      let editions = SampleArticle.edited(by: codes).editions()
      let groups = try ParagraphAligner().align(editions).groups
      for order in [[2, 1, 0], [1, 0, 2], [0, 2, 1]] {
        let reordered = try ParagraphAligner().align(order.map { editions[$0] })
        #expect(reordered.groups == groups, "editions in the order \(order), codes \(codes)")
      }
    }
  }
}
