import TriglotText

/// How well an alignment matches a reference: pair precision, recall and F1 per language pair,
/// and the share of reference groups found exactly.
///
/// A *pair* is two paragraphs of different editions that share a group. Precision is the share
/// of predicted pairs that the reference also has; recall the share of reference pairs that the
/// prediction has. Scores add up (`+`) over articles, so an overall score is micro-averaged.
public struct AlignmentScore: Sendable, Hashable {
  /// Pair counts for one language pair (or all of them).
  public struct PairCounts: Sendable, Hashable {
    /// Pairs in both the prediction and the reference.
    public var correct = 0
    /// Pairs in the prediction.
    public var predicted = 0
    /// Pairs in the reference.
    public var reference = 0

    /// Creates counts.
    public init(correct: Int = 0, predicted: Int = 0, reference: Int = 0) {
      self.correct = correct
      self.predicted = predicted
      self.reference = reference
    }

    /// correct / predicted (1 when nothing was predicted and nothing was expected).
    public var precision: Double {
      predicted == 0 ? (reference == 0 ? 1 : 0) : Double(correct) / Double(predicted)
    }
    /// correct / reference (1 when the reference has no pairs).
    public var recall: Double { reference == 0 ? 1 : Double(correct) / Double(reference) }
    /// The harmonic mean of precision and recall.
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public static func + (lhs: PairCounts, rhs: PairCounts) -> PairCounts {
      PairCounts(
        correct: lhs.correct + rhs.correct, predicted: lhs.predicted + rhs.predicted,
        reference: lhs.reference + rhs.reference)
    }
  }

  /// Counts per language pair.
  public var pairs: [LanguagePair: PairCounts]
  /// Reference groups that the prediction has exactly.
  public var exactGroups: Int
  /// Reference groups in all.
  public var referenceGroups: Int

  /// Creates a score from counts.
  public init(pairs: [LanguagePair: PairCounts], exactGroups: Int, referenceGroups: Int) {
    self.pairs = pairs
    self.exactGroups = exactGroups
    self.referenceGroups = referenceGroups
  }

  /// Scores `predicted` groups against `reference` groups over `languages` (the editions that
  /// were aligned; other languages in the reference are ignored).
  ///
  /// - Complexity: O(*p*) in the number of paragraph pairs.
  public init(predicted: [AlignmentGroup], reference: [AlignmentGroup], languages: [Language]) {
    self.init(predicted, reference, languages: languages) { $0[$1] }
  }

  /// Scores `predicted` sentence groups against `reference` sentence groups over `languages`:
  /// a pair is two sentences of different editions in one sentence group.
  ///
  /// - Complexity: O(*p*) in the number of sentence pairs.
  public init(predicted: [SentenceGroup], reference: [SentenceGroup], languages: [Language]) {
    self.init(predicted, reference, languages: languages) { $0[$1] }
  }

  private init<Group, Member: Hashable>(
    _ predicted: [Group], _ reference: [Group], languages: [Language],
    members: (Group, Language) -> [Member]
  ) {
    func links(_ groups: [Group], _ pair: LanguagePair) -> Set<Link<Member>> {
      var result: Set<Link<Member>> = []
      for group in groups {
        for first in members(group, pair.first) {
          for second in members(group, pair.second) {
            result.insert(Link(first: first, second: second))
          }
        }
      }
      return result
    }
    var pairs: [LanguagePair: PairCounts] = [:]
    for pair in LanguagePair.pairs(of: languages) {
      let predictedPairs = links(predicted, pair)
      let referencePairs = links(reference, pair)
      pairs[pair] = PairCounts(
        correct: predictedPairs.intersection(referencePairs).count,
        predicted: predictedPairs.count, reference: referencePairs.count)
    }
    func key(_ group: Group) -> [[Member]] { languages.sorted().map { members(group, $0) } }
    let predictedGroups = Set(predicted.map(key))
    let referenceGroups = reference.map(key).filter { $0.contains { !$0.isEmpty } }
    self.init(
      pairs: pairs, exactGroups: referenceGroups.filter(predictedGroups.contains).count,
      referenceGroups: referenceGroups.count)
  }

  /// The counts summed over every language pair.
  public var overall: PairCounts { pairs.values.reduce(PairCounts(), +) }

  /// exactGroups / referenceGroups (1 for an empty reference).
  public var exactGroupShare: Double {
    referenceGroups == 0 ? 1 : Double(exactGroups) / Double(referenceGroups)
  }

  /// The scores of two sets of articles together.
  public static func + (lhs: AlignmentScore, rhs: AlignmentScore) -> AlignmentScore {
    AlignmentScore(
      pairs: lhs.pairs.merging(rhs.pairs, uniquingKeysWith: +),
      exactGroups: lhs.exactGroups + rhs.exactGroups,
      referenceGroups: lhs.referenceGroups + rhs.referenceGroups)
  }

  /// A score of nothing, to add articles' scores to.
  public static let zero = AlignmentScore(pairs: [:], exactGroups: 0, referenceGroups: 0)

  private struct Link<Member: Hashable>: Hashable {
    var first: Member
    var second: Member
  }
}
