import TriglotText

/// The weights of the aligner's scoring. The length models, the skip and split penalties and the
/// cognate weight are fitted on a development set of real professional translation (WMT22, see
/// Benchmarks/devset); the anchor weights were set on Triglot's article Corpora. See
/// Sources/TriglotAlign/README.md for what each term does and how it was fitted.
///
/// A bead (a candidate group of paragraphs) scores
/// `matchBonus + lengthWeight · max(log P(length), lengthFloor) + Σ anchors − beadPenalty`,
/// averaged over the language pairs it links; each kind of anchor adds `weight` per value found
/// on both sides and subtracts `mismatch` per value found on one side only. A paragraph left
/// alone (a 1-0 bead) scores `-skipPenalty`.
public struct AlignerConfiguration: Sendable, Hashable {
  /// The weight of one kind of anchor.
  public struct AnchorWeight: Sendable, Hashable {
    /// Added per value that both sides state.
    public var weight: Double
    /// Subtracted per value that only one side states.
    public var mismatch: Double
    /// The most the unshared values may subtract in all, so that one paragraph full of them
    /// (a line in capitals, a list of names) cannot outweigh its length and other evidence.
    public var maximumPenalty: Double

    /// Creates a weight.
    public init(weight: Double, mismatch: Double, maximumPenalty: Double = .infinity) {
      self.weight = weight
      self.mismatch = mismatch
      self.maximumPenalty = maximumPenalty
    }
  }

  /// Score of linking paragraphs at all, before evidence.
  public var matchBonus = 3.0
  /// Weight of the Gale–Church length log-probability.
  public var lengthWeight = 1.0
  /// The length term never goes below this (so a partial translation can still link).
  public var lengthFloor = -8.0
  /// Numbers (``TriglotText/NumberAnchor``).
  public var numbers = AnchorWeight(weight: 2.5, mismatch: 1.0)
  /// Dates (``TriglotText/DateAnchor``).
  public var dates = AnchorWeight(weight: 2.0, mismatch: 0.75)
  /// Name keys (``TriglotText/NameAnchor``).
  public var names = AnchorWeight(weight: 1.5, mismatch: 0.3, maximumPenalty: 1.5)
  /// URLs, hashtags and handles (``TriglotText/LinkAnchor``).
  public var links = AnchorWeight(weight: 3.0, mismatch: 1.0)
  /// Emoji and emoticons (``TriglotText/EmoticonAnchor``), which chat and social text keeps
  /// through translation.
  public var emoticons = AnchorWeight(weight: 4.0, mismatch: 1.0)
  /// Lexicon concepts (``TriglotText/LexiconAnchor``).
  public var concepts = AnchorWeight(weight: 0.6, mismatch: 0.15)
  /// Quoted passages (``TriglotText/QuoteAnchor``), by count.
  public var quotes = AnchorWeight(weight: 1.0, mismatch: 0.5)
  /// Subtracted per sentence that one side has more than the other: translators keep the
  /// sentences of a paragraph far more often than they merge or split them.
  public var sentenceMismatch = 1.0
  /// Subtracted per question or exclamation mark that one side has more than the other.
  public var markMismatch = 0.5
  /// Weight of the shared Ukrainian–Russian vocabulary (``TriglotText/CognateStems``): a
  /// Ukrainian and a Russian paragraph gain `cognateWeight · (dice − cognateBaseline)`, where
  /// dice is the share of consonant stems they have in common (0…1).
  public var cognateWeight = 20.0
  /// The share of common stems that counts as neither for nor against a link.
  public var cognateBaseline = 0.2
  /// Weight of the shared glosses of an English paragraph and a Ukrainian or Russian one
  /// (``TriglotText/TranslationGlosses``): the pair gains `glossWeight · (dice − glossBaseline)`,
  /// where dice is the share of glosses they have in common, when both have some.
  public var glossWeight = 12.0
  /// The share of common glosses that counts as neither for nor against a link.
  public var glossBaseline = 0.0
  /// Weight of the shared loanword keys of an English paragraph and a Ukrainian or Russian one
  /// (``TriglotText/LoanwordKeys``): the pair gains `loanwordWeight · (dice − loanwordBaseline)`
  /// when both have some. Fitted on the development set (see README.md, "Scoring a bead").
  public var loanwordWeight = 24.0
  /// The share of common loanword keys that counts as neither for nor against a link.
  public var loanwordBaseline = 0.0
  /// The share of a name's weight earned by a capitalized word that opens a sentence alone and
  /// meets a name of the other paragraph (`Navalny became…` beside `Ім'я Навального…`): the word
  /// may be a name or not, so it is evidence only when it meets one.
  public var initialNameShare = 1.0
  /// Penalty of linking a paragraph to only part of its counterpart (its leading or trailing
  /// sentences, or all but one of them: a partial translation, or a sentence left out).
  public var partialPenalty = 3.0
  /// A side shorter than this share of its expected length is also compared with the parts of
  /// the other side.
  public var partialShare = 0.5
  /// Whether those parts include a paragraph's last sentence and last two, and every sentence
  /// but one, besides its first sentence and first two. Off by default: on the edited
  /// development set it moves pair F1 0.929 → 0.927.
  public var comparesEveryPart = false
  /// Score of leaving one paragraph unlinked (an omission or addition), negated.
  public var skipPenalty = 2.5
  /// Penalty of a 1-2 or 2-1 bead (a split or a merge).
  public var splitPenalty = 1.5
  /// Penalty of a 2-2 bead.
  public var doubleMergePenalty = 4.0
  /// Penalty of a 1-3 or 3-1 bead.
  public var tripleSplitPenalty = 4.5
  /// Penalty of any larger bead, which only reconciling three editions can produce.
  public var largeBeadPenalty = 6.0
  /// The length model of each language pair (the opposite direction is derived); by default
  /// ``LengthModel/calibrated(from:to:)``.
  public var lengthModels: [LanguagePair: LengthModel] = LengthModel.calibratedTable

  /// The length model from `source` to `target`: the stored pair, the inverse of the opposite
  /// pair, or ratio 1 and variance 1 for a language to itself.
  public func lengthModel(from source: Language, to target: Language) -> LengthModel {
    LengthModel.model(from: source, to: target, in: lengthModels)
  }

  /// Half-width of the initial search band, in paragraphs; the band doubles whenever the best
  /// path touches its edge.
  public var initialBandWidth = 8

  /// The default configuration.
  public init() {}

  /// The configuration of the paragraph step when sentences are aligned next
  /// (`triglot align --level sentence`): a paragraph is also compared with every part of its
  /// counterpart (all its sentences but one, its leading or trailing ones;
  /// ``comparesEveryPart``) as soon as it is shorter than 75% of its expected length, for a
  /// penalty of 2 instead of 3. A paragraph that
  /// leaves one sentence out then stays linked, and the sentence aligner shows the sentence
  /// alone, where the default leaves both paragraphs unlinked (what the audit's `missing`
  /// rule wants of a paragraph that is mostly gone). On the development set with one sentence
  /// dropped from every paragraph of two or more (every third article), paragraph pair F1
  /// 0.857 → 0.989; on the edited set (omissions, merges, promos) the default stays ahead,
  /// 0.929 against 0.908, so it stays the default (see Docs/align.md).
  public static var sentenceLevel: AlignerConfiguration {
    var configuration = AlignerConfiguration()
    configuration.comparesEveryPart = true
    configuration.partialShare = 0.75
    configuration.partialPenalty = 2.0
    return configuration
  }

  /// The penalty of a bead that links `first` paragraphs to `second` paragraphs (both ≥ 1).
  public func beadPenalty(_ first: Int, _ second: Int) -> Double {
    switch (min(first, second), max(first, second)) {
    case (1, 1): 0
    case (1, 2): splitPenalty
    case (2, 2): doubleMergePenalty
    case (1, 3): tripleSplitPenalty
    default: largeBeadPenalty
    }
  }
}
