import Testing
import TriglotAlign
import TriglotText

@Suite("Length model")
struct LengthModelTests {
  @Test func expectedLengthIsMostLikely() {
    let model = LengthModel.calibrated(from: .uk, to: .en)
    let expected = model.logProbability(sourceLength: 400, targetLength: 416)
    let short = model.logProbability(sourceLength: 400, targetLength: 200)
    #expect(expected > -0.5)
    #expect(short < expected - 10)
  }

  @Test func reverseDirectionIsConsistent() {
    let forward = LengthModel.calibrated(from: .uk, to: .en)
    let backward = LengthModel.calibrated(from: .en, to: .uk)
    #expect(abs(forward.ratio * backward.ratio - 1) < 1e-9)
  }
}
