import Testing
import TriglotText

@Suite("Name keys")
struct NameKeyTests {
  @Test func precisionAndRecallOnTheCrossEditionTable() {
    let positives = NameKeyPairs.sameName
    let negatives = NameKeyPairs.differentNames
    #expect(positives.count >= 150)
    #expect(negatives.count >= 150)
    let missed = positives.filter { !NameKey.matches($0.0, $0.1) }
    let wrong = negatives.filter { NameKey.matches($0.0, $0.1) }
    let truePositives = Double(positives.count - missed.count)
    let precision = truePositives / (truePositives + Double(wrong.count))
    let recall = truePositives / Double(positives.count)
    print(
      "NameKey: \(positives.count) pairs, \(negatives.count) non-pairs; "
        + "precision \(precision), recall \(recall)")
    for pair in missed { print("  missed: \(pair.0) ~ \(pair.1)") }
    for pair in wrong { print("  false match: \(pair.0) ~ \(pair.1)") }
    #expect(precision >= 0.97)
    #expect(recall >= 0.97)
  }
}
