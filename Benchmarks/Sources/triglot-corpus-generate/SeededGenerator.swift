/// A random number generator whose sequence depends only on its seed (SplitMix64), so that a
/// generated corpus is the same on every machine and every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  /// A generator for one part of a run: article `index` of the corpus made with `seed`, so that
  /// the first N articles do not depend on how many are generated after them.
  init(seed: UInt64, index: UInt64 = 0) {
    state = seed &* 0x9E37_79B9_7F4A_7C15 ^ index &* 0xBF58_476D_1CE4_E5B9
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// True with probability `rate`.
  mutating func chance(_ rate: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < rate
  }
}
