import TriglotText

/// `name-spelling`: one person or place spelled two ways within the English edition (Yusov in one
/// paragraph, Iusov in another), or spelled off a chosen transliteration standard.
///
/// Name words are taken as spellings of one name when they share a cross-language key, the
/// aligned Ukrainian or Russian text has a word with that key too (so the word transliterates a
/// Cyrillic name), and the spellings differ by one letter, or by two inside the stem of words of
/// six letters or more (Oleksandr / Olexandr) — Ministry / Minister or Ukraine / Ukrainian are
/// different words, not different spellings. Spellings are compared without case and without a
/// possessive ’s. The most frequent spelling is the edition's own; each group holding another one
/// is reported.
public struct NameSpellingRule: AuditRule {
  public let id = "name-spelling"
  public let severity = Severity.warning
  public let summary = "a name spelled two ways within the English edition, or off --standard"
  /// Gives the spelling a standard expects for an English name word, from the word and its
  /// Cyrillic counterparts (same key) in the aligned Ukrainian and Russian paragraphs; `nil`
  /// when it cannot tell.
  public typealias Standard = @Sendable (_ word: String, _ cyrillic: [Language: [String]]) ->
    String?
  /// The chosen standard's expectation, when `--standard` is given.
  public var standard: Standard?
  /// The standard's name for messages ("kmu-2010").
  public var standardName: String?

  /// Creates the rule; with `standard`, words spelled otherwise than it expects are reported too.
  public init(standard: Standard? = nil, standardName: String? = nil) {
    self.standard = standard
    self.standardName = standardName
  }

  private struct Mention {
    var group: Int
    var word: String
    var key: String
    var spelling: String
  }

  public func findings(in context: AuditContext) -> [Finding] {
    guard context.languages.contains(.en) else { return [] }
    var mentions: [Mention] = []
    for group in context.alignment.groups.indices {
      let cyrillic = [Language.uk, .ru].flatMap { context.articleFacts($0, inGroup: group) }
        .reduce(into: Set<String>()) { $0.formUnion($1.wordKeys) }
      // Every capitalized word, not only the names the anchors found: a name that starts a
      // sentence is still a name.
      for facts in context.articleFacts(.en, inGroup: group) {
        for word in ParagraphFacts.words(of: facts.text)
        where word.count >= 4 && word.first!.isUppercase && !ParagraphFacts.isAcronym(word) {
          let key = NameAnchor.key(for: word)
          guard cyrillic.contains(key) else { continue }
          mentions.append(
            Mention(group: group, word: word, key: key, spelling: Self.spelling(word)))
        }
      }
    }
    var reported: Set<[String]> = []
    var result: [Finding] = []
    for (_, same) in Dictionary(grouping: mentions, by: \.key).sorted(by: { $0.key < $1.key }) {
      let counts = same.reduce(into: [String: Int]()) { $0[$1.spelling, default: 0] += 1 }
      guard counts.count > 1 else { continue }
      // The most frequent spelling; on a tie, the one met first.
      let preferred = same.map(\.spelling).max { counts[$0]! < counts[$1]! }!
      let usualMention = same.first { $0.spelling == preferred }!
      let usual = usualMention.word
      let usualCounterparts = counterparts(of: usualMention, in: context).values.flatMap { $0 }
      for mention in same
      where mention.spelling != preferred && Self.isVariant(mention.spelling, of: preferred)
        && Self.shareStem(
          counterparts(of: mention, in: context).values.flatMap { $0 }, usualCounterparts)
        && reported.insert([String(mention.group), mention.spelling]).inserted
      {
        let times = counts[preferred]!
        result.append(
          finding(
            mention, in: context,
            message: "English edition spells \(mention.word) here but \(usual) elsewhere "
              + "(\(times) time\(times == 1 ? "" : "s"))"))
      }
    }
    if let standard {
      for mention in mentions {
        let cyrillic = counterparts(of: mention, in: context)
        guard let expected = standard(mention.word, cyrillic),
          Self.spelling(expected) != mention.spelling,
          reported.insert([String(mention.group), mention.spelling]).inserted
        else { continue }
        result.append(
          finding(
            mention, in: context,
            message: "English edition spells \(mention.word) where "
              + "\(standardName ?? "the chosen standard") gives \(expected)"))
      }
    }
    return result.sorted { $0.group < $1.group }
  }

  private func counterparts(of mention: Mention, in context: AuditContext) -> [Language: [String]] {
    var result: [Language: [String]] = [:]
    for language in context.languages where language != .en {
      let words = context.articleFacts(language, inGroup: mention.group)
        .flatMap { ParagraphFacts.words(of: $0.text) }
      result[language] = words.filter { NameAnchor.key(for: $0) == mention.key }.uniqued()
    }
    return result
  }

  private func finding(_ mention: Mention, in context: AuditContext, message: String) -> Finding {
    var values = counterparts(of: mention, in: context)
    values[.en] = [mention.word]
    return Finding(
      rule: id, severity: severity, group: mention.group, edition: .en,
      paragraphs: context.paragraphs(ofGroup: mention.group), values: values, message: message)
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
    let distance = editDistance(Array(a), Array(b))
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

  /// The Levenshtein distance between `a` and `b`.
  ///
  /// - Complexity: O(*m* · *n*).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
