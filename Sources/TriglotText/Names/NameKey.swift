/// A language-independent key for a proper name, so that one person or place matches across
/// the Ukrainian, English and Russian editions, across transliteration standards and press
/// spellings, and across grammatical cases.
///
/// ```swift
/// NameKey.matches("Будановим", "Budanov")          // true
/// NameKey.matches("Зеленського", "Zelenskyy")      // true
/// NameKey.matches("Києві", "Kiev")                 // true (through the name table)
/// NameKey.matches("Кирилл Буданов", "Kyrylo Budanov") // true
/// NameKey.matches("Буданов", "Баранов")            // false
/// NameKey("Kharkiv").key == NameKey("Харькове").key // true: "#kharkiv"
/// ```
///
/// How it works: each word is folded into a coarse phonetic Latin skeleton (и і ї й ы y j → i,
/// г ґ х g h kh → h, є ye ie → e, soft signs and apostrophes dropped, doubles collapsed), and
/// the word's candidate stems are the skeleton with and without each Ukrainian or Russian case
/// ending it may carry (-а, -у, -ом, -ові, -ою, -ого, -ому, -им, -ій, -е …). The last i, e or o
/// of a stem that ends in a consonant becomes a wildcard, which absorbs Харків/Харкова/Харьков.
/// Stems are looked up in `NameEquivalents`, so Ukrainian and Russian forms of one first name
/// or place (Олександр/Александр/Alexander, Київ/Киев), and the adjectives and demonyms of a
/// place (український, Ukrainian), share an entry identifier.
///
/// Cyrillic words that the Hunspell dictionaries know (``HunspellStemmer``) are keyed by their
/// dictionary forms instead of the ending rules: `Відні` by `Відень`, `Кривому Розі` by
/// `Кривий Ріг`, `Сполучених Штатів` by `Сполучений Штат`. Two such words match only when
/// their dictionary forms do, which tells `Вікторії` (Вікторія) from `Віктором` (Віктор).
///
/// Two words match when they share a stem or an entry; otherwise their similarity is the best
/// normalized edit-distance similarity of their stems, and they match from
/// `matchThreshold` (0.9) up. A name of several words matches another when every word of the
/// shorter name matches a different word of the longer one (Кирило Буданов, Буданова).
///
/// Known ambiguities, inherent to caseless keys: a genitive that spells another nominative
/// matches it (Олександра is Oleksandra and the genitive of Олександр; Яна and Ян), and a Latin
/// spelling cannot tell a feminine name from its masculine stem (Viktoriia and Віктор).
public struct NameKey: Sendable, Hashable {
  /// The similarity from which two names match: one edit in ten skeleton letters.
  public static let matchThreshold = 0.9

  let words: [Word]

  /// Computes the key of a name of one or more words, in a text of unknown language, with the
  /// shared dictionaries (``HunspellStemmer/shared``); see ``init(_:language:stemmer:)``.
  public init(_ name: String) {
    self.init(name, language: nil, stemmer: .shared)
  }

  /// Computes the key of a name of one or more words (white space and hyphens separate words;
  /// words without a letter are ignored).
  ///
  /// Cyrillic words are looked up in the Hunspell dictionaries of `stemmer`: in the Ukrainian
  /// one for a word with і ї є ґ, the Russian one for a word with ы э ъ ё, otherwise in the
  /// dictionary of `language` (the text's language, when the caller knows it) or both. A word
  /// the dictionaries know is keyed by its dictionary forms (`Відні` by `Відень`); any other
  /// word (a surname the dictionaries lack, a Latin spelling, or every word when the
  /// dictionaries are not installed) by the ending rules.
  ///
  /// - Complexity: O(*n*) in the length of the name, plus one cached dictionary look-up per
  ///   Cyrillic word.
  public init(_ name: String, language: Language?, stemmer: HunspellStemmer = .shared) {
    let index = NameIndex.shared
    let analyzed = NameSkeleton.words(of: name).map {
      Word.analyze($0, language: language, stemmer: stemmer, index: index)
    }
    let stems = analyzed.map(\.phraseStems)
    var words: [Word] = []
    var position = 0
    while position < stems.count {
      if stems.count > 1, let phrase = index.phrase(in: stems, at: position) {
        let joined = stems[position..<position + phrase.length].map { $0[0] }
        words.append(Word(stems: [joined.joined(separator: " ")], ids: [phrase.id]))
        position += phrase.length
      } else {
        words.append(analyzed[position].word)
        position += 1
      }
    }
    self.words = words
  }

  /// Whether the name had no word with a letter.
  public var isEmpty: Bool { words.isEmpty }

  /// One string per name, for bucketing. For a name in `NameEquivalents` it is the entry's
  /// identifier (`#kyiv` for Київ, Києві, Киев, Kyiv, Kiev); otherwise the shortest stem
  /// (`budan*v` for Буданов, Буданова, Будановим, Budanov). Words are joined by a space. Equal
  /// keys match, except two Cyrillic words that the dictionaries give different dictionary
  /// forms with one stem (Олеся, Олесь); names may match with different keys (an inflected
  /// form whose shortest stem lost more than its ending); use `keys` to find every candidate.
  public var key: String {
    words.map { word in
      word.ids.first ?? word.stems.min { ($0.count, $0) < ($1.count, $1) } ?? ""
    }.joined(separator: " ")
  }

  /// Every string under which the name can be found: each word's entry identifiers and stems.
  /// Two names that share no key match only through the edit-distance fallback.
  public var keys: [String] {
    var all: [String] = []
    for word in words {
      for key in word.ids + word.stems where !all.contains(key) { all.append(key) }
    }
    return all
  }

  /// The `NameEquivalents` entries the name's words may be forms of.
  public var equivalents: [NameEquivalent] {
    let index = NameIndex.shared
    var seen: Set<String> = []
    return words.flatMap(\.ids).filter { seen.insert($0).inserted }.compactMap {
      index.entries[$0]
    }
  }

  /// How alike two names are, in 0…1. Words are paired greedily, best pair first; the result is
  /// the lowest similarity among the shorter name's words. 0 when either name is empty.
  ///
  /// - Complexity: O(*w*² × *s*² × *l*²) for *w* words of *s* stems of length *l*; a few
  ///   microseconds for the one- to three-word names of news text.
  public func similarity(to other: NameKey) -> Double {
    guard !words.isEmpty, !other.words.isEmpty else { return 0 }
    let (shorter, longer) =
      words.count <= other.words.count ? (words, other.words) : (other.words, words)
    var scores: [(Double, Int, Int)] = []
    for (i, word) in shorter.enumerated() {
      for (j, candidate) in longer.enumerated() {
        scores.append((word.similarity(to: candidate), i, j))
      }
    }
    scores.sort { $0.0 > $1.0 }
    var best = [Double](repeating: 0, count: shorter.count)
    var usedShorter = Set<Int>()
    var usedLonger = Set<Int>()
    for (score, i, j) in scores where !usedShorter.contains(i) && !usedLonger.contains(j) {
      best[i] = score
      usedShorter.insert(i)
      usedLonger.insert(j)
    }
    return best.min() ?? 0
  }

  /// Whether two names denote the same person or place: `similarity(to:) >= matchThreshold`.
  public func matches(_ other: NameKey) -> Bool {
    similarity(to: other) >= Self.matchThreshold
  }

  /// How alike two names are, in 0…1; see `similarity(to:)`.
  public static func similarity(_ first: String, _ second: String) -> Double {
    similarity(first, second, stemmer: .shared)
  }

  /// How alike two names are, in 0…1, keyed with `stemmer`'s dictionaries.
  public static func similarity(_ first: String, _ second: String, stemmer: HunspellStemmer)
    -> Double
  {
    NameKey(first, language: nil, stemmer: stemmer).similarity(
      to: NameKey(second, language: nil, stemmer: stemmer))
  }

  /// Whether two names denote the same person or place; see `matches(_:)`.
  public static func matches(_ first: String, _ second: String) -> Bool {
    matches(first, second, stemmer: .shared)
  }

  /// Whether two names denote the same person or place, keyed with `stemmer`'s dictionaries.
  public static func matches(_ first: String, _ second: String, stemmer: HunspellStemmer) -> Bool
  {
    NameKey(first, language: nil, stemmer: stemmer).matches(
      NameKey(second, language: nil, stemmer: stemmer))
  }
}
