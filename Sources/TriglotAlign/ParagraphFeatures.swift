import TriglotText

/// The evidence of one paragraph, or of several paragraphs joined, in the form the scorer
/// compares fast: a length and, per kind of anchor, the sorted interned ids of its keys.
///
/// A class, immutable after creation, because the aligner passes features around in its inner
/// loop and one reference is cheaper to copy than six arrays.
final class ParagraphFeatures: Sendable {
  /// Length in characters.
  let length: Int
  let numbers: [Int32]
  let dates: [Int32]
  let names: [Int32]
  /// The name keys of the capitalized words that open a sentence alone
  /// (``TriglotText/ParagraphAnchors/sentenceInitials``), in the namespace of ``names``.
  let initials: [Int32]
  let links: [Int32]
  let concepts: [Int32]
  /// The interned keys of its emoji and emoticons (``TriglotText/EmoticonAnchor``).
  let emoticons: [Int32]
  /// The interned consonant stems of a Ukrainian or Russian paragraph (empty otherwise, and
  /// for the leads).
  let stems: [Int32]
  /// The interned English headwords of its words (``TriglotText/TranslationGlosses``; empty for
  /// the leads).
  let glosses: [Int32]
  /// The interned keys of its words borrowed across the scripts
  /// (``TriglotText/LoanwordKeys``; empty for the leads).
  let loanwords: [Int32]
  /// Number of quoted passages.
  let quotes: Int
  /// Number of sentences.
  let sentences: Int
  /// Number of question and exclamation marks.
  let marks: Int
  /// How many paragraphs the features describe.
  let paragraphCount: Int
  /// Whether one of the paragraphs is a heading (see ``ParagraphEvidence/isHeading(_:)``).
  let containsHeading: Bool
  /// Features of the paragraph's first sentence and first two sentences (when it has more),
  /// for recognizing an edition that translates only the start of a paragraph. Empty for
  /// joined paragraphs.
  let leads: [ParagraphFeatures]
  /// Features of the paragraph's other parts: its last sentence and last two, and every
  /// sentence but one (up to six sentences), for an edition that leaves a sentence out
  /// (compared only with ``AlignerConfiguration/comparesEveryPart``). Empty for joined
  /// paragraphs.
  let otherParts: [ParagraphFeatures]

  private init(
    length: Int, numbers: [Int32], dates: [Int32], names: [Int32], initials: [Int32],
    links: [Int32], concepts: [Int32], emoticons: [Int32], stems: [Int32], glosses: [Int32],
    loanwords: [Int32],
    quotes: Int,
    sentences: Int, marks: Int, paragraphCount: Int, containsHeading: Bool,
    leads: [ParagraphFeatures], otherParts: [ParagraphFeatures] = []
  ) {
    self.sentences = sentences
    self.marks = marks
    self.length = length
    self.numbers = numbers
    self.dates = dates
    self.names = names
    self.initials = initials
    self.links = links
    self.concepts = concepts
    self.emoticons = emoticons
    self.stems = stems
    self.glosses = glosses
    self.loanwords = loanwords
    self.quotes = quotes
    self.paragraphCount = paragraphCount
    self.containsHeading = containsHeading
    self.leads = leads
    self.otherParts = otherParts
  }

  /// Features of a paragraph from its evidence, with anchor keys interned in `interner`.
  convenience init(evidence: ParagraphEvidence, interner: inout KeyInterner) {
    var leads: [ParagraphFeatures] = []
    var otherParts: [ParagraphFeatures] = []
    for part in evidence.leads {
      let features = ParagraphFeatures(
        length: part.length, anchors: part.anchors, stems: [], glosses: [], loanwords: [],
        sentences: 0,
        marks: 0,
        heading: false, leads: [], interner: &interner)
      if part.isLeading { leads.append(features) } else { otherParts.append(features) }
    }
    self.init(
      length: evidence.length, anchors: evidence.anchors, stems: evidence.stems,
      glosses: evidence.glosses, loanwords: evidence.loanwords,
      sentences: evidence.sentenceCount, marks: evidence.marks, heading: evidence.isHeading,
      leads: leads, otherParts: otherParts, interner: &interner)
  }

  /// `sentences` 0 marks a lead, whose sentence count is not compared.
  private convenience init(
    length: Int, anchors: ParagraphAnchors, stems: [String], glosses: [String],
    loanwords: [String], sentences: Int,
    marks: Int, heading: Bool, leads: [ParagraphFeatures], otherParts: [ParagraphFeatures] = [],
    interner: inout KeyInterner
  ) {
    self.init(
      length: length,
      numbers: anchors.numbers.flatMap(\.keys).map { interner.id("n", $0) }.sorted(),
      dates: anchors.dates.map { interner.id("d", $0.key) }.sorted(),
      names: anchors.names.flatMap(\.keys).map { interner.id("p", $0) }.sorted(),
      initials: anchors.sentenceInitials.flatMap(\.keys).map { interner.id("p", $0) }.sorted(),
      links: anchors.links.map { interner.id("l", $0.key) }.sorted(),
      concepts: anchors.concepts.map { interner.id("c", $0.concept) }.sorted(),
      emoticons: anchors.emoticons.map { interner.id("e", $0.key) }.sorted(),
      stems: stems.map { interner.id("s", $0) }.sorted(),
      glosses: glosses.map { interner.id("g", $0) }.sorted(),
      loanwords: loanwords.map { interner.id("w", $0) }.sorted(), quotes: anchors.quotes.count,
      sentences: sentences, marks: marks, paragraphCount: 1, containsHeading: heading, leads: leads,
      otherParts: otherParts)
  }

  /// These features with `other`'s added, as if the paragraphs were one.
  func joined(with other: ParagraphFeatures) -> ParagraphFeatures {
    ParagraphFeatures(
      length: length + other.length, numbers: Self.merge(numbers, other.numbers),
      dates: Self.merge(dates, other.dates), names: Self.merge(names, other.names),
      initials: Self.merge(initials, other.initials),
      links: Self.merge(links, other.links), concepts: Self.merge(concepts, other.concepts),
      emoticons: Self.merge(emoticons, other.emoticons),
      stems: Self.merge(stems, other.stems), glosses: Self.merge(glosses, other.glosses),
      loanwords: Self.merge(loanwords, other.loanwords),
      quotes: quotes + other.quotes,
      sentences: sentences == 0 || other.sentences == 0 ? 0 : sentences + other.sentences,
      marks: marks + other.marks, paragraphCount: paragraphCount + other.paragraphCount,
      containsHeading: containsHeading || other.containsHeading, leads: [])
  }

  /// The sorted union, with repeats, of two sorted arrays.
  static func merge(_ first: [Int32], _ second: [Int32]) -> [Int32] {
    if first.isEmpty { return second }
    if second.isEmpty { return first }
    var result: [Int32] = []
    result.reserveCapacity(first.count + second.count)
    var i = 0
    var j = 0
    while i < first.count, j < second.count {
      if first[i] <= second[j] {
        result.append(first[i])
        i += 1
      } else {
        result.append(second[j])
        j += 1
      }
    }
    result.append(contentsOf: first[i...])
    result.append(contentsOf: second[j...])
    return result
  }

  /// How many values two sorted arrays share, counting repeats (multiset intersection).
  static func sharedCount(_ first: [Int32], _ second: [Int32]) -> Int {
    var i = 0
    var j = 0
    var count = 0
    while i < first.count, j < second.count {
      if first[i] == second[j] {
        count += 1
        i += 1
        j += 1
      } else if first[i] < second[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }
}

/// Gives every distinct anchor key a small integer id, so that features compare as integers.
struct KeyInterner {
  private var ids: [String: Int32] = [:]

  /// The id of `key` in the namespace `kind` (one letter per kind of anchor).
  mutating func id(_ kind: String, _ key: String) -> Int32 {
    let full = kind + key
    if let id = ids[full] { return id }
    let id = Int32(ids.count)
    ids[full] = id
    return id
  }
}
