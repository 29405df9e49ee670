/// `NameEquivalents` indexed by skeleton, built once on first use and read-only afterwards.
struct NameIndex: Sendable {
  /// A multi-word spelling (Біла Церква, Saint Petersburg) after its first word.
  struct Phrase: Sendable {
    /// The entry's identifier.
    let id: String
    /// The stems of each following word.
    let rest: [[String]]
  }

  /// The index of `NameEquivalents.all`.
  static let shared = NameIndex(NameEquivalents.all)

  /// Entry identifiers by the canonical skeleton of a one-word spelling.
  let words: [String: [String]]
  /// Multi-word spellings by each stem of their first word.
  let phrases: [String: [Phrase]]
  /// The entries by identifier.
  let entries: [String: NameEquivalent]

  init(_ entries: [NameEquivalent]) {
    var words: [String: [String]] = [:]
    var phrases: [String: [Phrase]] = [:]
    var byID: [String: NameEquivalent] = [:]
    for entry in entries {
      let id = entry.id
      byID[id] = entry
      for spelling in entry.allSpellings {
        let parts = NameSkeleton.words(of: spelling)
        if parts.count == 1 {
          for stem in Self.nominativeStems(of: parts[0]) where !(words[stem]?.contains(id) ?? false) {
            words[stem, default: []].append(id)
          }
        } else if let first = parts.first {
          let phrase = Phrase(id: id, rest: parts.dropFirst().map(NameKey.Word.stems(of:)))
          for stem in NameKey.Word.stems(of: first) { phrases[stem, default: []].append(phrase) }
        }
      }
    }
    self.words = words
    self.phrases = phrases
    self.entries = byID
  }

  /// The whole spelling and, for a spelling that ends in a vowel, the spelling without it: the
  /// stem its oblique cases share (Микола → mikol, which Миколи, Миколою and Миколі reach).
  static func nominativeStems(of spelling: Substring) -> [String] {
    let base = NameSkeleton.base(of: spelling)
    var stems = [String(decoding: NameSkeleton.canonical(base), as: UTF8.self)]
    for ending in NameKey.Word.nominativeEndings
    where base.count - ending.count >= NameKey.Word.minimumStemLength
      && base.suffix(ending.count).elementsEqual(ending)
    {
      let stem = String(decoding: NameSkeleton.canonical(Array(base.dropLast(ending.count))), as: UTF8.self)
      if !stems.contains(stem) { stems.append(stem) }
    }
    return stems
  }

  /// The identifiers of the entries a word with these stems may be a form of, the whole word's
  /// entries first.
  func ids(forStems stems: [String]) -> [String] {
    var ids: [String] = []
    for stem in stems {
      for id in words[stem] ?? [] where !ids.contains(id) { ids.append(id) }
    }
    return ids
  }

  /// The longest multi-word spelling that starts at `start` in a name whose words have the
  /// given stems: its identifier and how many words it covers.
  func phrase(in stems: [[String]], at start: Int) -> (id: String, length: Int)? {
    var best: (id: String, length: Int)?
    for stem in stems[start] {
      for phrase in phrases[stem] ?? [] {
        let length = phrase.rest.count + 1
        guard start + length <= stems.count, length > best?.length ?? 0 else { continue }
        let fits = phrase.rest.enumerated().allSatisfy { offset, wanted in
          wanted.contains(where: stems[start + 1 + offset].contains)
        }
        if fits { best = (phrase.id, length) }
      }
    }
    return best
  }
}
