import TriglotText

/// `moved`: a paragraph whose counterpart sits out of order in another edition.
///
/// A monotone alignment cannot pair paragraphs that swapped places, so the aligner leaves them as
/// two one-sided groups far apart. This rule pairs such groups again when they state the same
/// facts (numbers, dates, names) and have compatible lengths, and reports the pair once, at the
/// group of the edition that holds the paragraph out of order, without changing the alignment.
/// ``Auditor`` then drops the `missing` findings the pair explains.
public struct MovedRule: AuditRule {
  public let id = AuditRuleID.moved
  public let severity = Severity.info
  public let summary = "a paragraph whose counterpart sits out of order in another edition"
  /// The fewest facts two paragraphs must share to be taken as the same paragraph.
  public var minimumSharedFacts: Int
  /// The share of the facts (of the paragraph with more of them) that must be shared.
  public var minimumOverlap: Double
  /// The length ratios that count as compatible.
  public var model: LengthRatioModel

  /// Creates the rule.
  public init(
    minimumSharedFacts: Int = 3, minimumOverlap: Double = 0.6, model: LengthRatioModel = .standard
  ) {
    self.minimumSharedFacts = minimumSharedFacts
    self.minimumOverlap = minimumOverlap
    self.model = model
  }

  private struct Side {
    var group: Int
    var languages: [Language]
    var facts: Set<String>
    var length: Int
  }

  /// A paragraph out of order, in the editions `movedLanguages` of group `moved`, and its
  /// counterpart in the editions `anchorLanguages` of group `anchor`.
  struct Pair {
    var moved: Int
    var movedLanguages: [Language]
    var anchor: Int
    var anchorLanguages: [Language]

    /// Each edition's paragraphs of the pair, from whichever group holds them.
    func paragraphs(in context: AuditContext) -> [Language: [Int]] {
      var paragraphs: [Language: [Int]] = [:]
      for language in context.languages {
        let group = movedLanguages.contains(language) ? moved : anchor
        paragraphs[language] = context.alignment.groups[group][language]
      }
      return paragraphs
    }

    /// The group of `language`'s side of the pair.
    func group(of language: Language) -> Int {
      movedLanguages.contains(language) ? moved : anchor
    }
  }

  public func findings(in context: AuditContext) -> [Finding] {
    pairs(in: context).map { finding($0, in: context) }
  }

  /// The one-sided groups this rule pairs again, in the order of the moved group.
  ///
  /// - Complexity: O(*g* log *g*) for *g* one-sided groups, plus the pairs of them that share a
  ///   fact (few: a number, a date or a name rarely recurs in many paragraphs of an article).
  func pairs(in context: AuditContext) -> [Pair] {
    let sides = context.alignment.groups.indices.compactMap { group -> Side? in
      let languages = context.languages.filter {
        !context.articleParagraphs($0, inGroup: group).isEmpty
      }
      guard !languages.isEmpty, languages.count < context.languages.count,
        let first = languages.first
      else { return nil }
      let facts = context.articleFacts(first, inGroup: group)
      let keys = facts.flatMap { facts in
        facts.numbers.map { "n:" + $0.key } + facts.dates.map { "d:" + $0.key }
          + facts.names.map { "p:" + $0.key }
      }
      return Side(
        group: group, languages: languages, facts: Set(keys),
        length: context.articleLength(first, inGroup: group))
    }
    // Two sides that share no fact never match, so each side is tried only against the later
    // sides that share one of its facts (found through an index of the sides by fact), in
    // order: the first match is the same as in a scan of every later side, but 50,000
    // one-sided groups of few facts no longer make 50,000² comparisons.
    var sidesByFact: [String: [Int]] = [:]
    for (offset, side) in sides.enumerated() where side.facts.count >= minimumSharedFacts {
      for fact in side.facts { sidesByFact[fact, default: []].append(offset) }
    }
    var result: [Pair] = []
    var used: Set<Int> = []
    for (offset, side) in sides.enumerated()
    where !used.contains(side.group) && side.facts.count >= minimumSharedFacts {
      let later =
        minimumSharedFacts > 0
        ? Set(side.facts.flatMap { sidesByFact[$0]! }).filter { $0 > offset }.sorted()
        : Array(sides.indices.dropFirst(offset + 1))
      for other in later.map({ sides[$0] }) where !used.contains(other.group) {
        guard other.group - side.group >= 2,
          Set(side.languages).isDisjoint(with: other.languages), matches(side, other)
        else { continue }
        used.formUnion([side.group, other.group])
        // The out-of-order side is the one with fewer editions (one edition against the
        // others); on a tie, the later one.
        let (moved, anchor) =
          side.languages.count < other.languages.count
          ? (side, other) : (other, side)
        result.append(
          Pair(
            moved: moved.group, movedLanguages: moved.languages, anchor: anchor.group,
            anchorLanguages: anchor.languages))
        break
      }
    }
    return result.sorted { $0.moved < $1.moved }
  }

  private func matches(_ a: Side, _ b: Side) -> Bool {
    let shared = a.facts.intersection(b.facts).count
    guard shared >= minimumSharedFacts,
      Double(shared) >= minimumOverlap * Double(max(a.facts.count, b.facts.count))
    else { return false }
    let deviation = model.deviation(
      from: a.languages[0], length: a.length, to: b.languages[0], length: b.length)
    return abs(deviation) <= model.tolerance
  }

  private func finding(_ pair: Pair, in context: AuditContext) -> Finding {
    let location = pair.anchorLanguages.map { language in
      "\(language.englishName) paragraph \(context.alignment.groups[pair.anchor][language][0] + 1)"
    }
    let edition = pair.movedLanguages.count == 1 ? pair.movedLanguages[0] : nil
    let excerpt = EditionList.excerpt(
      context.articleFacts(pair.movedLanguages[0], inGroup: pair.moved)[0].text)
    return Finding(
      rule: id, severity: severity, group: pair.moved, edition: edition,
      paragraphs: pair.paragraphs(in: context),
      message: "\(EditionList.names(pair.movedLanguages)) "
        + "\(pair.movedLanguages.count == 1 ? "edition has" : "editions have") this paragraph "
        + "out of order: its counterpart is \(EditionList.values(location)) (group "
        + "\(pair.anchor + 1)): “\(excerpt)”")
  }
}
