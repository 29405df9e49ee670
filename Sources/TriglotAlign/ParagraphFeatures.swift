import TriglotText

/// The evidence of one paragraph, or of several paragraphs joined, in the form the scorer
/// compares fast: a length and, per kind of anchor, the sorted interned ids of its keys.
struct ParagraphFeatures: Sendable {
  /// Length in characters.
  var length = 0
  var numbers: [Int32] = []
  var dates: [Int32] = []
  var names: [Int32] = []
  var links: [Int32] = []
  var concepts: [Int32] = []
  /// Number of quoted passages.
  var quotes = 0
  /// How many paragraphs the features describe.
  var paragraphCount = 0
  /// Whether one of the paragraphs is a heading (see ``isHeading(_:)``).
  var containsHeading = false
  /// Features of the paragraph's first sentence and first two sentences (when it has more),
  /// for recognizing an edition that translates only the start of a paragraph. Empty for
  /// joined paragraphs.
  var leads: [ParagraphFeatures] = []

  /// Features of paragraph `text` in `language`, with the features of its leading sentences.
  init(paragraph text: String, language: Language, interner: inout KeyInterner) {
    self.init(
      text: text, anchors: ParagraphAnchors(text: text, language: language), interner: &interner)
    let sentences = (try? ICUBreakIterator.segments(of: text, kind: .sentence, locale: language.icuLocale)) ?? []
    let utf16 = Array(text.utf16)
    for count in 1...2 where sentences.count > count {
      let lead = String(decoding: utf16[0..<sentences[count - 1].range.upperBound], as: UTF16.self)
      leads.append(
        ParagraphFeatures(
          text: lead, anchors: ParagraphAnchors(text: lead, language: language),
          interner: &interner))
    }
  }

  /// Features of `text` with its anchors' keys interned in `interner`.
  init(text: String, anchors: ParagraphAnchors, interner: inout KeyInterner) {
    length = text.count
    paragraphCount = 1
    containsHeading = Self.isHeading(text)
    numbers = anchors.numbers.flatMap(\.keys).map { interner.id("n", $0) }.sorted()
    dates = anchors.dates.map { interner.id("d", $0.key) }.sorted()
    names = anchors.names.flatMap(\.keys).map { interner.id("p", $0) }.sorted()
    links = anchors.links.map { interner.id("l", $0.key) }.sorted()
    concepts = anchors.concepts.map { interner.id("c", $0.concept) }.sorted()
    quotes = anchors.quotes.count
  }

  /// No paragraph.
  init() {}

  /// These features with `other`'s added, as if the paragraphs were one.
  func joined(with other: ParagraphFeatures) -> ParagraphFeatures {
    var result = ParagraphFeatures()
    result.length = length + other.length
    result.numbers = Self.merge(numbers, other.numbers)
    result.dates = Self.merge(dates, other.dates)
    result.names = Self.merge(names, other.names)
    result.links = Self.merge(links, other.links)
    result.concepts = Self.merge(concepts, other.concepts)
    result.quotes = quotes + other.quotes
    result.paragraphCount = paragraphCount + other.paragraphCount
    result.containsHeading = containsHeading || other.containsHeading
    return result
  }

  /// Whether `text` reads as a title or sub-heading: short, and not ending like a sentence.
  /// Editions merge and split body paragraphs, never headings, so the aligner links a heading
  /// one-to-one or leaves it alone.
  static func isHeading(_ text: String) -> Bool {
    guard text.count <= 90, let last = text.last else { return false }
    return !".…!;:,".contains(last)
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
