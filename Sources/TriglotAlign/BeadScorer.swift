import TriglotText

/// Scores how well paragraphs of one language translate paragraphs of another, from their
/// lengths and anchors (see ``AlignerConfiguration``).
struct BeadScorer: Sendable {
  let configuration: AlignerConfiguration
  /// `lengthModels[i][j]`: the length model from language `i` to language `j` of `languages`.
  let lengthModels: [[LengthModel]]
  /// `glossed[i][j]`: whether glosses are compared between languages `i` and `j` (English and
  /// a Cyrillic language; Ukrainian and Russian compare cognate stems instead).
  let glossed: [[Bool]]

  init(configuration: AlignerConfiguration, languages: [Language]) {
    self.configuration = configuration
    lengthModels = languages.map { source in
      languages.map { configuration.lengthModel(from: source, to: $0) }
    }
    glossed = languages.map { source in
      languages.map { ($0 == .en) != (source == .en) }
    }
  }

  /// The similarity of `first` (in language number `firstSlot` of the scorer's languages) and
  /// `second` (in language number `secondSlot`), before
  /// any bead penalty: positive for translations, negative for unrelated paragraphs.
  ///
  /// When one side is shorter than ``AlignerConfiguration/partialShare`` of its expected
  /// length, the parts of the other side (its leading or trailing sentences, or all but one)
  /// are also tried, less ``AlignerConfiguration/partialPenalty``: an edition that kept only
  /// the first sentence of a paragraph, or left one sentence out, still links to it. `partial`
  /// false compares the whole paragraphs only.
  func similarity(
    _ first: ParagraphFeatures, _ firstSlot: Int, _ second: ParagraphFeatures, _ secondSlot: Int,
    partial: Bool = true
  ) -> Double {
    let model = lengthModels[firstSlot][secondSlot]
    var best = fullSimilarity(first, second, model, glossed: glossed[firstSlot][secondSlot])
    guard partial else { return best }
    let expected = Double(first.length) * model.ratio
    if Double(second.length) < configuration.partialShare * expected {
      for part in parts(of: first) {
        best = max(
          best, fullSimilarity(part, second, model, glossed: false) - configuration.partialPenalty)
      }
    } else if expected < configuration.partialShare * Double(second.length) {
      for part in parts(of: second) {
        best = max(
          best, fullSimilarity(first, part, model, glossed: false) - configuration.partialPenalty)
      }
    }
    return best
  }

  /// The parts of `features` compared with a side that is too short for all of it.
  private func parts(of features: ParagraphFeatures) -> [ParagraphFeatures] {
    configuration.comparesEveryPart ? features.leads + features.otherParts : features.leads
  }

  private func fullSimilarity(
    _ first: ParagraphFeatures, _ second: ParagraphFeatures, _ model: LengthModel,
    glossed: Bool
  ) -> Double {
    let length = model.logProbability(sourceLength: first.length, targetLength: second.length)
    var score =
      configuration.matchBonus + configuration.lengthWeight * max(length, configuration.lengthFloor)
    score += anchorScore(first.numbers, second.numbers, configuration.numbers)
    score += anchorScore(first.dates, second.dates, configuration.dates)
    score += anchorScore(first.names, second.names, configuration.names)
    if glossed, !first.initials.isEmpty || !second.initials.isEmpty {
      // A word opening a sentence that meets a name of the other side is that name: it earns
      // the name's weight and takes back the mismatch the name alone was charged. (Ukrainian
      // and Russian open their sentences alike, so only English and a Cyrillic side differ.)
      let shared =
        ParagraphFeatures.sharedCount(first.initials, second.names)
        + ParagraphFeatures.sharedCount(second.initials, first.names)
      score +=
        Double(shared) * (configuration.names.weight + configuration.names.mismatch)
        * configuration.initialNameShare
    }
    score += anchorScore(first.links, second.links, configuration.links)
    score += anchorScore(first.concepts, second.concepts, configuration.concepts)
    score += anchorScore(first.emoticons, second.emoticons, configuration.emoticons)
    if !first.stems.isEmpty, !second.stems.isEmpty {
      let shared = ParagraphFeatures.sharedCount(first.stems, second.stems)
      let dice = 2 * Double(shared) / Double(first.stems.count + second.stems.count)
      score += configuration.cognateWeight * (dice - configuration.cognateBaseline)
    }
    if glossed, !first.glosses.isEmpty, !second.glosses.isEmpty {
      let shared = ParagraphFeatures.sharedCount(first.glosses, second.glosses)
      let dice = 2 * Double(shared) / Double(first.glosses.count + second.glosses.count)
      score += configuration.glossWeight * (dice - configuration.glossBaseline)
    }
    if glossed, !first.loanwords.isEmpty, !second.loanwords.isEmpty {
      let shared = ParagraphFeatures.sharedCount(first.loanwords, second.loanwords)
      let dice = 2 * Double(shared) / Double(first.loanwords.count + second.loanwords.count)
      score += configuration.loanwordWeight * (dice - configuration.loanwordBaseline)
    }
    if first.sentences > 0, second.sentences > 0 {
      score -= Double(abs(first.sentences - second.sentences)) * configuration.sentenceMismatch
    }
    score -= Double(abs(first.marks - second.marks)) * configuration.markMismatch
    let sharedQuotes = min(first.quotes, second.quotes)
    score += Double(sharedQuotes) * configuration.quotes.weight
    score -= Double(abs(first.quotes - second.quotes)) * configuration.quotes.mismatch
    return score
  }

  private func anchorScore(
    _ first: [Int32], _ second: [Int32], _ weight: AlignerConfiguration.AnchorWeight
  ) -> Double {
    if first.isEmpty && second.isEmpty { return 0 }
    let shared = ParagraphFeatures.sharedCount(first, second)
    let unmatched = first.count + second.count - 2 * shared
    return Double(shared) * weight.weight
      - min(Double(unmatched) * weight.mismatch, weight.maximumPenalty)
  }
}
