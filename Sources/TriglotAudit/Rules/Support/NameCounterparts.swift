import TriglotText

/// The distinct capitalized Cyrillic words of some paragraphs, to find the ones that resemble
/// an English name word without comparing it with every one when there are many.
///
/// Resemblance is fuzzy (an edit distance between stems: Soudakov finds Судаков, one letter
/// off, with no key in common), so it can only be decided word by word. Up to
/// ``comparedWords`` words, every word is compared, as news paragraphs and articles need; a
/// list of more (2,000 names in one paragraph) would make that quadratic, so past it only the
/// words that share a key (``NameKey/keys``) with the name are compared: Коваленко still finds
/// Kovalenko, a spelling one letter off its counterpart is no longer found.
struct NameCounterparts {
  /// The most words compared with every name. 500 × 500 comparisons take about 0.1 s; the
  /// largest article of the Corpora has about 410 distinct capitalized Ukrainian words.
  static let comparedWords = 500

  /// The words, each once, in text order.
  let words: [KeyedWord]
  /// The positions in `words` of the words with each key, when there are too many words to
  /// compare with every name.
  private let positionsByKey: [String: [Int]]

  /// Indexes `words` (duplicates are dropped).
  init(_ words: [KeyedWord]) {
    self.words = words.uniqued()
    var positions: [String: [Int]] = [:]
    if self.words.count > Self.comparedWords {
      for (position, word) in self.words.enumerated() {
        for key in word.key.keys { positions[key, default: []].append(position) }
      }
    }
    positionsByKey = positions
  }

  /// The words, in text order, that `resembles` accepts among those compared with `name`.
  ///
  /// - Complexity: O(*n*) calls of `resembles` for *n* ≤ ``comparedWords`` words; past that,
  ///   one call per word that shares a key with `name`.
  func words(near name: NameKey, where resembles: (KeyedWord) -> Bool) -> [KeyedWord] {
    candidates(near: name).filter(resembles)
  }

  /// Whether `resembles` accepts one of the words compared with `name`.
  func contains(near name: NameKey, where resembles: (KeyedWord) -> Bool) -> Bool {
    candidates(near: name).contains(where: resembles)
  }

  private func candidates(near name: NameKey) -> [KeyedWord] {
    guard words.count > Self.comparedWords else { return words }
    return Set(name.keys.flatMap { positionsByKey[$0] ?? [] }).sorted().map { words[$0] }
  }
}
