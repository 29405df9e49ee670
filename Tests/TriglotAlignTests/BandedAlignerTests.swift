import Testing

@testable import TriglotAlign

@Suite("Banded aligner")
struct BandedAlignerTests {
  /// Two sequences of numbered units where the second has `inserted` extra units at `offset`;
  /// units link only to their own number.
  func aligner(count: Int, inserted: Int, offset: Int, anchors: [(Int, Int)]) -> BandedAligner {
    let second = Array(0..<offset) + Array(repeating: -1, count: inserted) + Array(offset..<count)
    return BandedAligner(
      firstCount: count, secondCount: second.count, initialWidth: 4, anchors: anchors,
      skipScore: -2
    ) { first, secondRange in
      guard first.count == 1, secondRange.count == 1 else { return -20 }
      return second[secondRange.lowerBound] == first.lowerBound ? 5 : -5
    }
  }

  @Test(arguments: [false, true])
  func findsALargeInsertionWithOrWithoutAnchors(guided: Bool) {
    let anchors = guided ? [(10, 10), (150, 210), (250, 310)] : []
    let beads = aligner(count: 300, inserted: 60, offset: 100, anchors: anchors).align()
    let links = beads.filter { !$0.first.isEmpty && !$0.second.isEmpty }
    #expect(links.count == 300)
    #expect(
      links.allSatisfy { bead in
        let i = bead.first.lowerBound
        return bead.second.lowerBound == (i < 100 ? i : i + 60)
      })
    #expect(beads.filter { $0.first.isEmpty }.count == 60)
  }

  @Test func misleadingAnchorsDoNotChangeTheResult() {
    let beads = aligner(count: 120, inserted: 10, offset: 30, anchors: [(5, 100), (100, 5)]).align()
    #expect(beads.filter { $0.first.isEmpty }.count == 10)
    #expect(beads.filter { !$0.first.isEmpty && !$0.second.isEmpty }.count == 120)
  }

  @Test func longestChainIsMonotoneInBothCoordinates() {
    let chain = BandedAligner.longestChain([(0, 5), (1, 1), (2, 2), (3, 0), (4, 3), (4, 4), (6, 6)])
    #expect(chain.map(\.0) == [1, 2, 4, 6])
    #expect(chain.map(\.1) == [1, 2, 3, 6])
  }

  @Test func emptySequences() {
    let none = BandedAligner(
      firstCount: 0, secondCount: 3, initialWidth: 4, skipScore: -1
    ) { _, _ in 0 }
    #expect(none.align().count == 3)
  }
}
