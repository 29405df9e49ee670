extension NameKey {
  /// The key of one word of a name (or of a multi-word table entry found in the name): its
  /// candidate stems and the table entries they hit.
  struct Word: Sendable, Hashable {
    /// Canonical skeletons: the whole word first, then the word less each inflectional ending
    /// it may carry, longest stem first.
    var stems: [String]
    /// Identifiers of the `NameEquivalents` entries the word's stems hit; the entry hit by the
    /// whole word comes first.
    var ids: [String]

    /// Inflectional endings of Ukrainian and Russian nouns and adjectives as skeleton strings,
    /// longest first: case endings of -ов/-ин surnames, adjectival surnames (-ський, -ского),
    /// first names in -а/-я and -о, soft stems (Ігоря, Игорем), plural place names (Сумах).
    static let endings: [[NameSkeleton.Symbol]] = [
      "ovi", "evi", "oiu", "eiu", "uiu", "oho", "eho", "omu", "emu", "aia",
      "ami", "ia", "iu", "om", "em", "im", "oi", "ei", "ah",
      "a", "u", "i", "e", "o",
    ].map { Array($0.utf8) }

    /// The endings of nominative singular names, which `NameIndex` strips from table spellings:
    /// -а, -я, -о, -е and the -ий/-ій/-ый of adjectival names.
    static let nominativeEndings: [[NameSkeleton.Symbol]] = ["ia", "a", "o", "e", "i"].map {
      Array($0.utf8)
    }

    /// The shortest stem an ending may leave.
    static let minimumStemLength = 3

    /// The stems of one word of a name.
    static func stems(of word: Substring) -> [String] {
      let base = NameSkeleton.base(of: word)
      var candidates = [base]
      for ending in endings where base.count - ending.count >= minimumStemLength {
        guard base.suffix(ending.count).elementsEqual(ending) else { continue }
        let stem = Array(base.dropLast(ending.count))
        if stem.contains(where: NameSkeleton.isVowel) { candidates.append(stem) }
      }
      var stems: [String] = []
      for candidate in candidates {
        let text = String(decoding: NameSkeleton.canonical(candidate), as: UTF8.self)
        if !text.isEmpty, !stems.contains(text) { stems.append(text) }
      }
      let whole = stems.prefix(1)
      return whole + stems.dropFirst().sorted { $0.count > $1.count }
    }

    /// How alike two words are, in 0…1: 1 when they share a stem or a table entry, otherwise
    /// the best normalized edit-distance similarity between their stems.
    func similarity(to other: Word) -> Double {
      if ids.contains(where: other.ids.contains) || stems.contains(where: other.stems.contains) {
        return 1
      }
      var best = 0.0
      for stem in stems {
        for otherStem in other.stems {
          best = max(best, SkeletonDistance.similarity(Array(stem.utf8), Array(otherStem.utf8)))
        }
      }
      return best
    }
  }
}
