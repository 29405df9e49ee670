import TriglotText

/// `name-spelling`: one person or place spelled two ways within the English edition (Yusov in one
/// paragraph, Iusov in another), spelled off the newsroom's house style, or spelled off a chosen
/// transliteration standard.
///
/// With a house list (``HouseNames``), a name the list has is checked against it first: an
/// English word whose Cyrillic counterpart in the group is a form of a listed name
/// (``NameKey/matches(_:)``: Юсова for Юсов) must be the listed spelling, whatever the standard
/// gives; such names are not checked against the standard, and their spellings within the
/// edition are judged by the list, not by which is more frequent.
///
/// Name words are taken as spellings of one name when they share a cross-language key, the
/// aligned Ukrainian or Russian text has a word with that key too (so the word transliterates a
/// Cyrillic name), and the spellings differ by one letter, or by two inside the stem of words of
/// six letters or more (Oleksandr / Olexandr) — Ministry / Minister or Ukraine / Ukrainian are
/// different words, not different spellings. Spellings are compared without case and without a
/// possessive ’s. The most frequent spelling is the edition's own; each group holding another one
/// is reported.
public struct NameSpellingRule: AuditRule {
  public let id = AuditRuleID.nameSpelling
  public let severity = Severity.warning
  public let summary = "a name spelled two ways within the English edition, or off --standard"
  /// Romanizes a Ukrainian word under the chosen standard (`Юсов` → `Yusov` under kmu-2010).
  public typealias Standard = @Sendable (_ ukrainian: String) -> String
  /// The chosen standard, when `--standard` is given: an English name word (ASCII letters only;
  /// Guðmundsson is foreign) is reported when no Ukrainian form of the name in the article
  /// (``NameKey/matches(_:)``, romanized to the word's length and last letter: other forms
  /// carry case endings or stem changes, Львові / Lviv)
  /// romanizes to it, the closest romanization is at most two letters away and
  /// differs before the last two letters (a difference in the ending is a case ending: Ukrainian
  /// text rarely gives the nominative). Lexicon terms (Ukraine, Cabinet) are English words, not
  /// romanizations, and are left alone.
  public var standard: Standard?
  /// The standard's name for messages ("kmu-2010").
  public var standardName: String?
  /// The house style, when one is given: checked before the standard.
  public let houseNames: HouseNames?
  /// Each listed name's words: the Cyrillic word's key and its Latin spelling.
  private let houseWords: [HouseWord]

  /// One word of a listed name.
  private struct HouseWord: Sendable {
    var key: NameKey
    var latin: String
    var entry: HouseNames.Entry
  }

  /// Creates the rule; with `standard`, words spelled otherwise than it expects are reported
  /// too, and with `houseNames`, words spelled otherwise than the house style.
  public init(
    standard: Standard? = nil, standardName: String? = nil, houseNames: HouseNames? = nil
  ) {
    self.standard = standard
    self.standardName = standardName
    self.houseNames = houseNames
    self.houseWords = (houseNames?.entries ?? []).flatMap { entry -> [HouseWord] in
      let cyrillic = entry.cyrillicWords
      let latin = entry.latinWords
      guard cyrillic.count == latin.count else {
        guard cyrillic.count == 1 else { return [] }
        return [HouseWord(key: NameKey(entry.cyrillic), latin: entry.latin, entry: entry)]
      }
      return zip(cyrillic, latin).map { HouseWord(key: NameKey($0), latin: $1, entry: entry) }
    }
  }

  private struct Mention {
    var group: Int
    var word: String
    var nameKey: NameKey
    var spelling: String
  }

  /// The capitalized Cyrillic words of one group: of its Ukrainian and Russian paragraphs
  /// together, and of each edition other than English.
  private struct GroupNames {
    var cyrillic: NameCounterparts
    var byLanguage: [Language: NameCounterparts]
  }

  /// The longest word taken for a name. No name is this long; a longer capitalized word (a run
  /// of letters without spaces) would make keying and comparing it cost its length squared.
  static let longestName = 64

  public func findings(in context: AuditContext) -> [Finding] {
    guard context.languages.contains(.en) else { return [] }
    let names = context.alignment.groups.indices.map { group in
      GroupNames(
        cyrillic: NameCounterparts(
          Self.capitalizedKeys([.uk, .ru].flatMap { context.articleFacts($0, inGroup: group) })),
        byLanguage: Dictionary(
          uniqueKeysWithValues: context.languages.filter { $0 != .en }.map { language in
            let words = context.articleFacts(language, inGroup: group).flatMap(\.words)
            return (language, NameCounterparts(words.filter { Self.isCyrillicName($0.text) }))
          }))
    }
    var mentions: [Mention] = []
    for group in context.alignment.groups.indices {
      let cyrillic = names[group].cyrillic
      guard !cyrillic.words.isEmpty else { continue }
      // Every capitalized word, not only the names the anchors found: a name that starts a
      // sentence is still a name.
      for facts in context.articleFacts(.en, inGroup: group) {
        for word in facts.words
        where (4...Self.longestName).contains(word.text.count) && word.text.first!.isUppercase
          && !ParagraphFacts.isAcronym(word.text)
        {
          guard
            cyrillic.contains(
              near: word.key, where: { $0.key.similarity(to: word.key) >= Self.resemblance })
          else { continue }
          mentions.append(
            Mention(
              group: group, word: word.text, nameKey: word.key, spelling: Self.spelling(word.text)
            ))
        }
      }
    }
    var reported: Set<[String]> = []
    var result: [Finding] = []
    // The house style first: a listed name must be spelled as listed.
    var housed: Set<Int> = []
    for (index, mention) in mentions.enumerated() {
      guard let house = houseSpelling(of: mention, names: names[mention.group]) else { continue }
      housed.insert(index)
      guard Self.spelling(house.latin) != mention.spelling,
        reported.insert([String(mention.group), mention.spelling]).inserted
      else { continue }
      let entry = house.entry
      let listing = houseNames.map { "\($0.source):\(entry.line)" } ?? "line \(entry.line)"
      result.append(
        finding(
          mention, names: names[mention.group], in: context,
          message: "English edition spells \(mention.word) where the house style (\(listing)) "
            + "gives \(house.latin)"))
    }
    let unhoused = mentions.enumerated().filter { !housed.contains($0.offset) }.map(\.element)
    for cluster in clusters(of: unhoused, names: names) {
      let counts = cluster.reduce(into: [String: Int]()) { $0[$1.spelling, default: 0] += 1 }
      guard counts.count > 1 else { continue }
      // The most frequent spelling; on a tie, the one met first.
      let preferred = cluster.map(\.spelling).max { counts[$0]! < counts[$1]! }!
      let usual = cluster.first { $0.spelling == preferred }!.word
      for mention in cluster
      where mention.spelling != preferred
        && reported.insert([String(mention.group), mention.spelling]).inserted
      {
        let times = counts[preferred]!
        result.append(
          finding(
            mention, names: names[mention.group], in: context,
            message: "English edition spells \(mention.word) here but \(usual) elsewhere "
              + "(\(times) time\(times == 1 ? "" : "s"))"))
      }
    }
    if let standard, context.languages.contains(.uk) {
      let ukrainian = NameCounterparts(
        Self.capitalizedKeys((context.facts[.uk] ?? []).filter { !$0.isBoilerplate }))
      // Each Ukrainian word is romanized once per article, however many mentions it matches.
      var romanized: [String: String] = [:]
      func romanize(_ word: String) -> String {
        if let known = romanized[word] { return known }
        let form = standard(word)
        romanized[word] = form
        return form
      }
      // The mentions of one word (its key is the word's) share its romanized Ukrainian forms: a
      // name repeated through the article is compared with every Ukrainian word once.
      var formsOfWord: [String: [String]] = [:]
      func forms(of mention: Mention) -> [String] {
        if let known = formsOfWord[mention.word] { return known }
        let forms = ukrainian.words(
          near: mention.nameKey, where: { $0.key.matches(mention.nameKey) }
        ).map { romanize($0.text) }
          .filter { $0.count == mention.word.count && $0.last == mention.word.last }
        formsOfWord[mention.word] = forms
        return forms
      }
      for mention in unhoused where LexiconAnchor.extract(from: mention.word).isEmpty {
        guard mention.word.allSatisfy(\.isASCII) else { continue }
        let forms = forms(of: mention)
        let distances = forms.map {
          (
            form: $0,
            distance: EditDistance.levenshtein(Array(Self.spelling($0)), Array(mention.spelling))
          )
        }
        guard let closest = distances.min(by: { $0.distance < $1.distance }),
          closest.distance > 0, closest.distance <= 2,
          !Self.differsInEndingOnly(Self.spelling(closest.form), mention.spelling),
          reported.insert([String(mention.group), mention.spelling]).inserted
        else { continue }
        let expected = closest.form
        result.append(
          finding(
            mention, names: names[mention.group], in: context,
            message: "English edition spells \(mention.word) where "
              + "\(standardName ?? "the chosen standard") gives \(expected)"))
      }
    }
    return result.sorted { $0.group < $1.group }
  }

  /// The house spelling a mention must have: the listed Latin word of a listed name whose
  /// Cyrillic word is a form of one of the mention's Cyrillic counterparts in its group; nil
  /// when the list has none.
  private func houseSpelling(of mention: Mention, names: GroupNames)
    -> (latin: String, entry: HouseNames.Entry)?
  {
    guard !houseWords.isEmpty else { return nil }
    let counterparts = counterparts(of: mention, names: names).values.flatMap { $0 }.map(\.key)
    for house in houseWords where counterparts.contains(where: { $0.matches(house.key) }) {
      return (house.latin, house.entry)
    }
    return nil
  }

  /// The mentions grouped by name: two distinct spellings join one group when they are
  /// variants of each other (``isVariant(_:of:)``) and their Cyrillic counterparts share a stem.
  ///
  /// - Complexity: O(*s* × *l*²) for *s* distinct spellings of at most *l* letters, plus the
  ///   pairs of spellings found near each other (``variantCandidates(_:)``).
  private func clusters(of mentions: [Mention], names: [GroupNames]) -> [[Mention]] {
    let bySpelling = Dictionary(grouping: mentions, by: \.spelling)
    let spellings = bySpelling.keys.sorted()
    let cyrillic = bySpelling.mapValues { list in
      list.flatMap { counterparts(of: $0, names: names[$0.group]).values.flatMap { $0 } }
        .map(\.text).uniqued()
    }
    var parent = Dictionary(uniqueKeysWithValues: spellings.map { ($0, $0) })
    func root(_ spelling: String) -> String {
      var current = spelling
      while parent[current]! != current { current = parent[current]! }
      return current
    }
    // The pairs in the order of a scan of every pair, so that each name's root, and with it the
    // order of the clusters, is the one that scan gives.
    for (first, second) in Self.variantCandidates(spellings)
    where Self.isVariant(spellings[first], of: spellings[second])
      && Self.shareStem(cyrillic[spellings[first]]!, cyrillic[spellings[second]]!)
    {
      parent[root(spellings[second])] = root(spellings[first])
    }
    let groups = Dictionary(grouping: spellings, by: root)
    let clustered = groups.keys.sorted().filter { groups[$0]!.count > 1 }
    let clusterOfRoot = Dictionary(uniqueKeysWithValues: clustered.enumerated().map { ($1, $0) })
    var clusters = [[Mention]](repeating: [], count: clustered.count)
    for mention in mentions {
      guard let cluster = clusterOfRoot[root(mention.spelling)] else { continue }
      clusters[cluster].append(mention)
    }
    return clusters
  }

  /// The pairs (*i*, *j*), *i* < *j*, of `spellings` that may be variants of each other
  /// (``isVariant(_:of:)``), in ascending order: those that share a form with one letter
  /// deleted or none (one letter apart), or, both of six letters or more, two deleted or fewer
  /// (two apart). Every variant pair is among them, and spellings that have no such form in
  /// common are never compared, which a list of 2,000 names would make quadratic.
  static func variantCandidates(_ spellings: [String]) -> [(Int, Int)] {
    var spellingsByForm: [String: [Int]] = [:]
    for (index, spelling) in spellings.enumerated() {
      let letters = Array(spelling)
      var forms: Set<String> = [spelling]
      for first in letters.indices {
        var shorter = letters
        shorter.remove(at: first)
        forms.insert(String(shorter))
        guard letters.count >= 6 else { continue }
        for second in first..<shorter.count {
          var shortest = shorter
          shortest.remove(at: second)
          forms.insert(String(shortest))
        }
      }
      for form in forms { spellingsByForm[form, default: []].append(index) }
    }
    var pairs: Set<[Int]> = []
    for indices in spellingsByForm.values where indices.count > 1 {
      for (offset, first) in indices.enumerated() {
        for second in indices[(offset + 1)...] { pairs.insert([first, second]) }
      }
    }
    return pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ($0[0], $0[1]) }
  }

  /// The Cyrillic counterparts of `mention` in its group, per edition other than English.
  private func counterparts(of mention: Mention, names: GroupNames) -> [Language: [KeyedWord]] {
    names.byLanguage.mapValues { words in
      words.words(
        near: mention.nameKey,
        where: { mention.nameKey.similarity(to: $0.key) >= Self.resemblance })
    }
  }

  private func finding(
    _ mention: Mention, names: GroupNames, in context: AuditContext, message: String
  ) -> Finding {
    var values = counterparts(of: mention, names: names).mapValues { $0.map(\.text).uniqued() }
    values[.en] = [mention.word]
    return Finding(
      rule: id, severity: severity, group: mention.group, edition: .en,
      paragraphs: context.paragraphs(ofGroup: mention.group), values: values, message: message)
  }

  /// The similarity (``NameKey/similarity(to:)``) from which a Cyrillic word counts as the
  /// counterpart of an English one; looser than ``NameKey/matchThreshold`` so that a deviant
  /// spelling (Soudakov) still finds its Судаков.
  static let resemblance = 0.75

  /// The distinct capitalized Cyrillic words of `facts` with their name keys.
  static func capitalizedKeys(_ facts: [ParagraphFacts]) -> [KeyedWord] {
    facts.flatMap(\.words).filter { isCyrillicName($0.text) }.uniqued()
  }

  /// Whether `word` starts with a Cyrillic capital.
  static func isCyrillicName(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return first.properties.isUppercase && UnicodeScript(first) == .cyrillic
  }

  /// The spelling compared: lower-cased, without a possessive ’s.
  static func spelling(_ word: String) -> String {
    var lower = word.lowercased()
    for suffix in ["'s", "’s"] where lower.hasSuffix(suffix) { lower.removeLast(2) }
    return lower
  }

  /// Whether `a` and `b` are two spellings of one word: one letter apart, or two letters apart
  /// inside the stem of words of six letters or more; never when one extends the other.
  static func isVariant(_ a: String, of b: String) -> Bool {
    guard !a.hasPrefix(b), !b.hasPrefix(a) else { return false }
    let distance = EditDistance.levenshtein(Array(a), Array(b))
    if distance == 1 { return true }
    return distance == 2 && min(a.count, b.count) >= 6 && a.suffix(2) == b.suffix(2)
  }

  /// Whether two lists of Cyrillic counterparts hold a word of one stem (Судаков / Судакова),
  /// which tells one person spelled two ways from two people (Ірина / Арина, Iryna / Aryna).
  static func shareStem(_ a: [String], _ b: [String]) -> Bool {
    a.contains { x in
      b.contains { y in
        let common = zip(x.lowercased(), y.lowercased()).prefix { $0 == $1 }.count
        return common >= min(4, x.count, y.count)
      }
    }
  }

  /// Whether `a` and `b` differ only in their last two letters: a Ukrainian case ending
  /// (Одеси / Odesa, Волині / Volyn), which says nothing about the standard.
  static func differsInEndingOnly(_ a: String, _ b: String) -> Bool {
    let common = zip(a, b).prefix { $0 == $1 }.count
    return common >= max(a.count, b.count) - 2
  }

}
