import Foundation

/// Ranked Cyrillic spellings for a Latin spelling of a Ukrainian or Russian name, written under
/// any of the romanization standards or the usual press spellings.
///
/// ```swift
/// ReverseTransliterator.candidates(for: "Zelenskyy", language: .uk).first?.text  // "Зеленський"
/// ReverseTransliterator.candidates(for: "Yevgeny", language: .ru).first?.text    // "Евгений"
/// ReverseTransliterator.candidates(for: "Kharkov", language: .uk).first?.text    // "Харків"
/// ```
///
/// How it works: a small weighted grammar per language (`ReverseTransliterationRules`) reads
/// every Latin letter group the ways the standards and the press write it (kh → х, shch → щ,
/// ia/ya → я, yi → ї, i → і or и, -sky/-skyi/-skiy → -ський or -ский, h → г in Ukrainian …),
/// each reading with a cost. A beam search keeps the cheapest spellings; spellings with letter
/// sequences the language does not write (Ukrainian и after a vowel, Russian ы after a vowel)
/// pay a penalty. When the whole input is a spelling in `NameEquivalents`, the table's forms
/// for the language come first (Kyiv, Kiev → Київ; Kirill → Кирило for Ukrainian). Letter case
/// follows the input: Title → Title, CAPS → CAPS. Several words are read one by one and
/// combined; a hyphenated name keeps its hyphen.
public enum ReverseTransliterator {
  /// The languages whose Cyrillic the transliterator writes.
  public enum Target: String, Sendable, Hashable, CaseIterable {
    /// Ukrainian.
    case uk
    /// Russian.
    case ru

    /// The target for a `Language`, or `nil` for one without a Cyrillic alphabet here.
    public init?(_ language: Language) {
      switch language {
      case .uk: self = .uk
      case .ru: self = .ru
      default: return nil
      }
    }

    /// The corresponding `Language`.
    public var language: Language { self == .uk ? .uk : .ru }

    var rules: [Unicode.Scalar: [ReverseTransliterationRule]] {
      self == .uk ? ReverseTransliterator.ukrainianRules : ReverseTransliterator.russianRules
    }
  }

  /// How many partial spellings the beam search keeps at each position of a word.
  public static let beamWidth = 48

  /// The cost of reading a consonant cluster's letters apart (s + h for sh).
  static let clusterSplitPenalty = 1.5

  /// The cost added to spellings made by the grammar when the input is a known name, so that the
  /// table's forms come first.
  static let tableBonus = 0.5

  /// Returns up to `limit` Cyrillic spellings of `latin` in `language`, best first.
  ///
  /// Returns an empty array for input that has nothing to read (``isLatinSpelling(_:)`` is
  /// false: no Latin letter, or Cyrillic letters already). Characters that are not letters
  /// (digits, punctuation) pass through unchanged.
  ///
  /// - Complexity: O(*n* × `beamWidth` × *r*) for a word of *n* letters and *r* rules per
  ///   letter: well under a millisecond for a name.
  public static func candidates(for latin: String, language: Target, limit: Int = 5)
    -> [ScoredCandidate]
  {
    let words = latin.split(whereSeparator: \.isWhitespace)
    guard limit > 0, !words.isEmpty, isLatinSpelling(latin) else { return [] }
    let known = words.count > 1 ? tableForms(of: Substring(latin), language: language) : []
    var combined: [(text: String, cost: Double)] = [("", 0)]
    for word in words {
      let options = wordCandidates(word, language: language, limit: max(limit, 3))
      combined = combined.flatMap { prefix in
        options.map { option in
          (
            prefix.text.isEmpty ? option.text : prefix.text + " " + option.text,
            prefix.cost + option.cost
          )
        }
      }
      combined = Array(combined.sorted { ($0.cost, $0.text) < ($1.cost, $1.text) }.prefix(limit))
    }
    if !known.isEmpty {
      let style = LetterCase(of: Substring(latin))
      let table = known.enumerated().map { rank, form in
        (text: style.applyToWords(of: form.lowercased()), cost: Double(rank) * 0.1)
      }
      let made = combined.filter { candidate in !table.contains { $0.text == candidate.text } }
      combined = Array((table + made.map { ($0.text, $0.cost + tableBonus) }).prefix(limit))
    }
    return combined.map { ScoredCandidate(text: $0.text, score: exp(-$0.cost)) }
  }

  /// Whether `text` is a Latin spelling to read: it has a Latin letter and no Cyrillic one
  /// (`Kyiv` yes; `Київ`, `42`, `Kyiv Київ` no).
  public static func isLatinSpelling(_ text: String) -> Bool {
    var latin = false
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if (0x400...0x52F).contains(scalar.value) { return false }
      if scalar.value < 0x250 || (0x1E00...0x1EFF).contains(scalar.value) { latin = true }
    }
    return latin
  }

  /// Cyrillic spellings of one space-free word, cheapest first.
  static func wordCandidates(_ word: Substring, language: Target, limit: Int)
    -> [(text: String, cost: Double)]
  {
    let style = LetterCase(of: word)
    let known = tableForms(of: word, language: language)
    var costs: [String: Double] = [:]
    for (rank, form) in known.enumerated() { costs[form.lowercased()] = Double(rank) * 0.1 }
    let bonus = known.isEmpty ? 0 : tableBonus
    for (text, cost) in hyphenatedCandidates(word, language: language, limit: limit) {
      costs[text] = min(costs[text] ?? .infinity, cost + bonus)
    }
    return costs.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map {
      (style.apply(to: $0.key), $0.value)
    }
  }

  /// The table's spellings in `language` for a word that is one of its spellings.
  private static func tableForms(of word: Substring, language: Target) -> [String] {
    let ids = NameIndex.shared.wholeIDs(of: String(word))
    return ids.compactMap { NameIndex.shared.entries[$0] }.flatMap {
      language == .uk ? $0.ukrainian : $0.russian
    }
  }

  private static func hyphenatedCandidates(_ word: Substring, language: Target, limit: Int)
    -> [(String, Double)]
  {
    var combined: [(String, Double)] = [("", 0)]
    for (index, part) in word.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
      let options = part.isEmpty ? [("", 0.0)] : beamSearch(part, language: language)
      combined = combined.flatMap { prefix in
        options.map { ((index == 0 ? "" : prefix.0 + "-") + $0.0, prefix.1 + $0.1) }
      }
      combined = Array(
        combined.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(max(limit, beamWidth / 4)))
    }
    return combined
  }

  /// The longest hyphen-free word the beam search reads whole. Each kept spelling is a string
  /// as long as the letters read so far, so a whole read costs O(*n*²) time and memory in the
  /// length *n* (a 4,000-letter "name" took 13 s and 584 MB); the longest names are about 20
  /// letters. A longer word is read in pieces of this many letters, each piece's best spelling
  /// after the other, which is linear; where a piece ends, a letter group such as sh may be
  /// read as two, which for a word that is no name does not matter.
  public static let longestWordReadWhole = 64

  /// The grammar's cheapest spellings of one hyphen-free word, in lower case; one spelling, piece
  /// by piece, for a word longer than ``longestWordReadWhole``.
  ///
  /// - Complexity: O(*n* × `beamWidth` × *r* × min(*n*, ``longestWordReadWhole``)).
  static func beamSearch(_ word: Substring, language: Target) -> [(String, Double)] {
    guard word.unicodeScalars.count > longestWordReadWhole else {
      return wholeBeamSearch(word, language: language)
    }
    var text = ""
    var cost = 0.0
    var rest = word.unicodeScalars[...]
    while !rest.isEmpty {
      let piece = rest.prefix(longestWordReadWhole)
      rest = rest.dropFirst(piece.count)
      // Never empty: each position reached passes its letter on or reads it by a rule.
      let best = wholeBeamSearch(Substring(piece), language: language)[0]
      text += best.0
      cost += best.1
    }
    return [(text, cost)]
  }

  /// The beam search over the whole of `word`.
  private static func wholeBeamSearch(_ word: Substring, language: Target) -> [(String, Double)] {
    let letters = word.lowercased().unicodeScalars.map { $0 == "`" || $0 == "ʹ" ? "'" : $0 }
    let rules = language.rules
    var beams = [[String: Double]](repeating: [:], count: letters.count + 1)
    beams[0][""] = 0
    for position in 0..<letters.count where !beams[position].isEmpty {
      let kept = beams[position].sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        .prefix(beamWidth)
      let applicable = (rules[letters[position]] ?? []).filter {
        $0.applies(in: letters, at: position)
      }
      let cluster = applicable.filter(\.isConsonantCluster).map(\.latin.count).max() ?? 0
      for (text, cost) in kept {
        if applicable.isEmpty {
          let passed = text + String(letters[position])
          beams[position + 1][passed] = min(beams[position + 1][passed] ?? .infinity, cost)
        }
        for rule in applicable {
          let next = position + rule.latin.count
          let extended = text + rule.cyrillic
          let total = cost + rule.cost + (rule.latin.count < cluster ? clusterSplitPenalty : 0)
          if total < beams[next][extended] ?? .infinity { beams[next][extended] = total }
        }
      }
    }
    return beams[letters.count].map { text, cost in
      (text, cost + CyrillicPhonotactics.penalty(text, language))
    }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(beamWidth).map { $0 }
  }

  static let ukrainianRules = index(ReverseTransliterationRules.ukrainian)
  static let russianRules = index(ReverseTransliterationRules.russian)

  private static func index(_ rules: [ReverseTransliterationRule])
    -> [Unicode.Scalar: [ReverseTransliterationRule]]
  {
    Dictionary(grouping: rules, by: { $0.latin[0] })
  }
}
