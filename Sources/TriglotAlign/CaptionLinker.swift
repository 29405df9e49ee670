/// Links the photo and video captions of the editions to each other, so that the caption every
/// edition carries becomes one group whose numbers, names and credits the audit checks, instead
/// of one boilerplate group per edition.
///
/// Captions stay out of the article alignment (they are not article text, and a caption set
/// between two paragraphs in one edition and after them in another must not pull the article
/// apart). They are linked only within one gap of the article alignment: the captions of each
/// edition that sit between the same two article groups. Linking them there keeps every
/// edition's paragraphs in order. Within a gap the captions are matched in order, each edition
/// against the groups built so far, by the bead similarity of the article aligner; a caption
/// whose best partner scores no better than ``minimumSimilarity`` stays alone. Whole captions are
/// compared (a caption is not linked to the first sentence of a longer one: a title and caption
/// glued into one line is not the caption alone).
struct CaptionLinker {
  let scorer: BeadScorer
  /// The least similarity at which two captions are taken for the same caption.
  var minimumSimilarity = 0.0
  /// The most one caption may be longer than the other (after the language pair's length
  /// ratio): translations of one caption stay well within it, while a caption glued to a title
  /// is about twice as long as the caption alone.
  var maximumLengthRatio = 1.5

  /// One linked caption: per slot, the caption's paragraph index (nil for editions without it).
  typealias Link = [Int?]

  /// The linked captions (two editions or more) of `analyses`, given the article alignment
  /// `article`; each caption paragraph is in at most one link.
  func links(
    article: [(paragraphs: JointAlignment.Unit, confidence: Double)], analyses: [EditionAnalysis]
  ) -> [Link] {
    // Per slot, the captions of each gap: gap g is before article group g (the last one after
    // every group).
    var gaps: [[Int: [Int]]] = Array(repeating: [:], count: analyses.count)
    for (slot, analysis) in analyses.enumerated() {
      let firsts = article.map { $0.paragraphs[slot].first }
      var unit = 0
      for info in analysis.info where info.boilerplate == .caption {
        while unit < firsts.count, (firsts[unit] ?? -1) < info.index { unit += 1 }
        gaps[slot][unit, default: []].append(info.index)
      }
    }
    var result: [Link] = []
    let shared = Set(gaps.flatMap(\.keys))
    for gap in shared.sorted() {
      var links: [Link] = []
      for slot in analyses.indices {
        let captions = gaps[slot][gap] ?? []
        links = merge(captions, slot: slot, into: links, analyses: analyses)
      }
      result += links.filter { $0.compactMap { $0 }.count >= 2 }
    }
    return result
  }

  /// `links` with the captions of `slot` added in order: matched to links by a monotone
  /// dynamic programme over the similarity, the unmatched ones as links of their own.
  private func merge(
    _ captions: [Int], slot: Int, into links: [Link], analyses: [EditionAnalysis]
  ) -> [Link] {
    let empty = Link(repeating: nil, count: analyses.count)
    guard !links.isEmpty else {
      return captions.map { var link = empty; link[slot] = $0; return link }
    }
    let n = links.count
    let m = captions.count
    // best[i][j]: the most total similarity pairing the first i links with the first j captions.
    var best = Array(repeating: Array(repeating: 0.0, count: m + 1), count: n + 1)
    var score = Array(repeating: Array(repeating: -Double.infinity, count: m), count: n)
    for i in 0..<n {
      for j in 0..<m {
        let pairs = links[i].enumerated().compactMap { other, index in
          index.map { index -> Double in
            let first = analyses[other].features[index]
            let second = analyses[slot].features[captions[j]]
            let expected = Double(first.length) * scorer.lengthModels[other][slot].ratio
            let ratio = max(expected, Double(second.length)) / max(1, min(expected, Double(second.length)))
            guard ratio <= maximumLengthRatio else { return -Double.infinity }
            return scorer.similarity(first, other, second, slot, partial: false)
          }
        }
        score[i][j] = pairs.isEmpty ? -Double.infinity : pairs.reduce(0, +) / Double(pairs.count)
      }
    }
    for i in 0...n {
      for j in 0...m where i > 0 || j > 0 {
        var value = -Double.infinity
        if i > 0 { value = max(value, best[i - 1][j]) }
        if j > 0 { value = max(value, best[i][j - 1]) }
        if i > 0, j > 0, score[i - 1][j - 1] > minimumSimilarity {
          value = max(value, best[i - 1][j - 1] + score[i - 1][j - 1])
        }
        best[i][j] = value
      }
    }
    // Walk back, then lay the links and the captions out in order.
    var paired: [Int: Int] = [:]
    var i = n
    var j = m
    while i > 0, j > 0 {
      if score[i - 1][j - 1] > minimumSimilarity,
        best[i][j] == best[i - 1][j - 1] + score[i - 1][j - 1]
      {
        paired[i - 1] = j - 1
        i -= 1
        j -= 1
      } else if best[i][j] == best[i - 1][j] {
        i -= 1
      } else {
        j -= 1
      }
    }
    var result: [Link] = []
    var nextCaption = 0
    for (index, link) in links.enumerated() {
      if let caption = paired[index] {
        while nextCaption < caption {
          var alone = empty
          alone[slot] = captions[nextCaption]
          result.append(alone)
          nextCaption += 1
        }
        var joined = link
        joined[slot] = captions[caption]
        result.append(joined)
        nextCaption = caption + 1
      } else {
        result.append(link)
      }
    }
    for caption in captions[nextCaption...] {
      var alone = empty
      alone[slot] = caption
      result.append(alone)
    }
    return result
  }
}
