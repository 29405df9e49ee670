import Testing
import TriglotAlign
import TriglotText

@Suite("Alignment score")
struct AlignmentScoreTests {
  func group(_ uk: [Int], _ en: [Int], _ ru: [Int]) -> AlignmentGroup {
    AlignmentGroup(paragraphs: [.uk: uk, .en: en, .ru: ru], confidence: 1)
  }

  @Test func perfectAlignmentScoresOne() {
    let groups = [group([0], [], []), group([1], [0], [1]), group([2, 3], [1], [2])]
    let score = AlignmentScore(predicted: groups, reference: groups, languages: Language.editions)
    #expect(score.overall.f1 == 1)
    #expect(score.exactGroupShare == 1)
    #expect(score.pairs[LanguagePair(.uk, .en)]?.reference == 3)
    #expect(score.pairs[LanguagePair(.uk, .ru)]?.reference == 3)
    #expect(score.pairs[LanguagePair(.en, .ru)]?.reference == 2)
  }

  /// The failure length-based aligners make: an omission turned into a merge.
  @Test func omissionTurnedIntoMergeCostsPrecision() {
    let reference = [group([0], [0], [0]), group([1], [], [1]), group([2], [1], [2])]
    let predicted = [group([0], [0], [0]), group([1, 2], [1], [1, 2])]
    let score = AlignmentScore(
      predicted: predicted, reference: reference, languages: Language.editions)
    let ukEnglish = score.pairs[LanguagePair(.uk, .en)]!
    #expect(ukEnglish.correct == 2)
    #expect(ukEnglish.predicted == 3)
    #expect(ukEnglish.reference == 2)
    #expect(abs(ukEnglish.precision - 2.0 / 3.0) < 1e-9)
    #expect(ukEnglish.recall == 1)
    #expect(score.exactGroups == 1)
    #expect(score.referenceGroups == 3)
  }

  @Test func onlyTheAlignedLanguagesCount() {
    let reference = [group([0], [0], [0])]
    let predicted = [AlignmentGroup(paragraphs: [.uk: [0], .en: [0]], confidence: 1)]
    let score = AlignmentScore(predicted: predicted, reference: reference, languages: [.uk, .en])
    #expect(Array(score.pairs.keys) == [LanguagePair(.uk, .en)])
    #expect(score.overall.f1 == 1)
    #expect(score.exactGroups == 1)
  }

  @Test func scoresAddUp() {
    let a = AlignmentScore(
      pairs: [LanguagePair(.uk, .en): .init(correct: 1, predicted: 2, reference: 1)],
      exactGroups: 1, referenceGroups: 2)
    let b = AlignmentScore(
      pairs: [LanguagePair(.uk, .en): .init(correct: 3, predicted: 3, reference: 4)],
      exactGroups: 2, referenceGroups: 2)
    let sum = a + b
    #expect(sum.overall == .init(correct: 4, predicted: 5, reference: 5))
    #expect(sum.exactGroupShare == 0.75)
    #expect(AlignmentScore.zero + a == a)
  }

  @Test func emptyCountsAreHarmless() {
    let empty = AlignmentScore.PairCounts()
    #expect(empty.precision == 1)
    #expect(empty.recall == 1)
    let nothingFound = AlignmentScore.PairCounts(correct: 0, predicted: 0, reference: 3)
    #expect(nothingFound.f1 == 0)
  }
}
