import TriglotText

/// Scores how well paragraphs of one language translate paragraphs of another, from their
/// lengths and anchors (see ``AlignerConfiguration``).
struct BeadScorer: Sendable {
  let configuration: AlignerConfiguration
  let lengthModels: [Language: [Language: LengthModel]]

  init(configuration: AlignerConfiguration, languages: [Language]) {
    self.configuration = configuration
    var models: [Language: [Language: LengthModel]] = [:]
    for source in languages {
      for target in languages {
        models[source, default: [:]][target] = LengthModel.calibrated(from: source, to: target)
      }
    }
    lengthModels = models
  }

  /// The similarity of `first` (in `firstLanguage`) and `second` (in `secondLanguage`), before
  /// any bead penalty: positive for translations, negative for unrelated paragraphs.
  ///
  /// When one side is less than half as long as expected, the other side's leading sentences
  /// are also tried (less ``AlignerConfiguration/partialPenalty``): an edition that kept only
  /// the first sentence of a paragraph still links to it.
  func similarity(
    _ first: ParagraphFeatures, _ firstLanguage: Language,
    _ second: ParagraphFeatures, _ secondLanguage: Language
  ) -> Double {
    let model = lengthModels[firstLanguage]?[secondLanguage] ?? LengthModel(ratio: 1, variance: 1)
    var best = fullSimilarity(first, second, model)
    let expected = Double(first.length) * model.ratio
    if Double(second.length) < 0.5 * expected {
      for lead in first.leads {
        best = max(best, fullSimilarity(lead, second, model) - configuration.partialPenalty)
      }
    } else if expected < 0.5 * Double(second.length) {
      for lead in second.leads {
        best = max(best, fullSimilarity(first, lead, model) - configuration.partialPenalty)
      }
    }
    return best
  }

  private func fullSimilarity(
    _ first: ParagraphFeatures, _ second: ParagraphFeatures, _ model: LengthModel
  ) -> Double {
    let length = model.logProbability(sourceLength: first.length, targetLength: second.length)
    var score =
      configuration.matchBonus + configuration.lengthWeight * max(length, configuration.lengthFloor)
    score += anchorScore(first.numbers, second.numbers, configuration.numbers)
    score += anchorScore(first.dates, second.dates, configuration.dates)
    score += anchorScore(first.names, second.names, configuration.names)
    score += anchorScore(first.links, second.links, configuration.links)
    score += anchorScore(first.concepts, second.concepts, configuration.concepts)
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
    return Double(shared) * weight.weight - Double(unmatched) * weight.mismatch
  }
}
