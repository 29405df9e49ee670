/// `NameEquivalents` indexed by skeleton, built once on first use and read-only afterwards.
///
/// The table says what no monolingual dictionary can: that Олександр, Александр and Alexander
/// are one name, Київ, Киев and Kiev one place, український its adjective. How the names
/// inflect is the Hunspell dictionaries' part (``NameKey/Word/analyze(_:language:stemmer:index:)``
/// looks a known word up by its dictionary form in `spellings`); `obliqueStems` keeps the
/// inflection for the words they lack: surnames, Latin spellings, and every word when the
/// dictionaries are not installed.
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
  let spellings: [String: [String]]
  /// Entry identifiers by the canonical skeleton of an adjective or demonym (український,
  /// Ukrainian), kept apart from `spellings` so that reverse transliteration never offers
  /// Україна for Ukrainian.
  let adjectives: [String: [String]]
  /// Entry identifiers by the stem a one-word spelling's or adjective's oblique cases share
  /// (Микола → mikol, український → ukra*nsk).
  let obliqueStems: [String: [String]]
  /// The first ``adjectivePrefixLength`` skeleton symbols of every adjective: a lower-case word
  /// is looked up in the dictionaries only when it starts like one, since only a place's
  /// adjective makes a lower-case word part of a name (українського → Україна).
  let adjectivePrefixes: Set<[NameSkeleton.Symbol]>
  /// How many skeleton symbols `adjectivePrefixes` hold.
  static let adjectivePrefixLength = 4
  /// Multi-word spellings by each stem of their first word.
  let phrases: [String: [Phrase]]
  /// The entries by identifier.
  let entries: [String: NameEquivalent]

  init(_ entries: [NameEquivalent]) {
    var spellings: [String: [String]] = [:]
    var adjectives: [String: [String]] = [:]
    var adjectivePrefixes: Set<[NameSkeleton.Symbol]> = []
    var obliqueStems: [String: [String]] = [:]
    var phrases: [String: [Phrase]] = [:]
    var byID: [String: NameEquivalent] = [:]
    for entry in entries {
      let id = entry.id
      byID[id] = entry
      for adjective in entry.adjectives {
        adjectivePrefixes.insert(
          Array(NameSkeleton.base(of: Substring(adjective)).prefix(Self.adjectivePrefixLength)))
        let stems = Self.nominativeStems(of: Substring(adjective))
        Self.add(id, under: stems[0], to: &adjectives)
        for stem in stems.dropFirst() { Self.add(id, under: stem, to: &obliqueStems) }
      }
      for spelling in entry.allSpellings {
        let parts = NameSkeleton.words(of: spelling)
        if parts.count == 1 {
          let stems = Self.nominativeStems(of: parts[0])
          Self.add(id, under: stems[0], to: &spellings)
          for stem in stems.dropFirst() { Self.add(id, under: stem, to: &obliqueStems) }
        } else if let first = parts.first {
          let phrase = Phrase(id: id, rest: parts.dropFirst().map(NameKey.Word.stems(of:)))
          for stem in NameKey.Word.stems(of: first) { phrases[stem, default: []].append(phrase) }
        }
      }
    }
    self.spellings = spellings
    self.adjectives = adjectives
    self.adjectivePrefixes = adjectivePrefixes
    self.obliqueStems = obliqueStems
    self.phrases = phrases
    self.entries = byID
  }

  private static func add(_ id: String, under key: String, to map: inout [String: [String]]) {
    if !(map[key]?.contains(id) ?? false) { map[key, default: []].append(id) }
  }

  /// The whole spelling and, for a spelling that ends in a vowel, the spelling without it: the
  /// stem its oblique cases share (Микола → mikol, which Миколи, Миколою and Миколі reach).
  static func nominativeStems(of spelling: Substring) -> [String] {
    let base = NameSkeleton.base(of: spelling)
    var stems = [String(decoding: NameSkeleton.canonical(base), as: UTF8.self)]
    for ending in NameKey.Word.nominativeEndings
    where base.count - ending.count >= NameKey.Word.minimumStemLength
      && base.hasSuffix(ending)
    {
      let stem = String(
        decoding: NameSkeleton.canonical(Array(base.dropLast(ending.count))), as: UTF8.self)
      if !stems.contains(stem) { stems.append(stem) }
    }
    return stems
  }

  /// The identifiers of the entries one of `spellings` (canonical skeletons of whole words)
  /// spells, in order.
  func ids(forSpellings skeletons: [String]) -> [String] {
    var ids: [String] = []
    for skeleton in skeletons {
      for id in (spellings[skeleton] ?? []) + (adjectives[skeleton] ?? []) where !ids.contains(id) {
        ids.append(id)
      }
    }
    return ids
  }

  /// The identifiers of the entries that have `name` itself (not an inflected form) among
  /// their spellings, under the skeleton folds.
  func wholeIDs(of name: String) -> [String] {
    let parts = NameSkeleton.words(of: name)
    if parts.count == 1 {
      let whole = NameSkeleton.canonical(NameSkeleton.base(of: parts[0]))
      return spellings[String(decoding: whole, as: UTF8.self)] ?? []
    }
    let stems = parts.map(NameKey.Word.stems(of:))
    guard !stems.isEmpty, let found = phrase(in: stems, at: 0), found.length == parts.count
    else { return [] }
    return [found.id]
  }

  /// The identifiers of the entries a word with these stems may be a form of: entries with a
  /// spelling equal to a stem first (the whole word's first), then entries with such an
  /// adjective, then entries whose oblique-case stem equals one.
  func ids(forStems stems: [String]) -> [String] {
    var ids: [String] = []
    for map in [spellings, adjectives, obliqueStems] {
      for stem in stems {
        for id in map[stem] ?? [] where !ids.contains(id) { ids.append(id) }
      }
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
