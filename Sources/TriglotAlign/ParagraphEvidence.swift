import TriglotText

/// Everything the aligner reads off one paragraph on its own: its anchors and those of its
/// leading sentences, whether it is a heading or boilerplate, and its language. Pure, so the
/// paragraphs of an article are examined in parallel.
struct ParagraphEvidence: Sendable {
  /// A leading or trailing part of the paragraph (its first sentence or first two, its last
  /// sentence or last two).
  struct Lead: Sendable {
    var length: Int
    var anchors: ParagraphAnchors
    /// Whether the part is the paragraph's first sentence or first two (the parts the default
    /// configuration compares; see ``AlignerConfiguration/comparesEveryPart``).
    var isLeading: Bool
  }

  var length: Int
  var anchors: ParagraphAnchors
  /// The consonant stems of a Ukrainian or Russian paragraph (``TriglotText/CognateStems``);
  /// empty in an English edition.
  var stems: [String]
  /// The English headwords its words stand for (``TriglotText/TranslationGlosses``).
  var glosses: [String]
  /// The keys of its words borrowed across the scripts (``TriglotText/LoanwordKeys``).
  var loanwords: [String]
  /// The number of sentences (ICU sentence breaks).
  var sentenceCount: Int
  /// The number of question and exclamation marks.
  var marks: Int
  var leads: [Lead]
  var isHeading: Bool
  var boilerplate: BoilerplateKind?
  var language: Language
  var languageGuess: LanguageGuess

  init(
    text: String, editionLanguage: Language, detector: BoilerplateDetector,
    declared: ParagraphKind? = nil
  ) {
    length = text.count
    anchors = ParagraphAnchors(text: text, language: editionLanguage)
    stems = editionLanguage == .en ? [] : CognateStems.stems(of: text)
    glosses = TranslationGlosses.shared.glosses(of: text, in: editionLanguage)
    loanwords = LoanwordKeys.keys(of: text, in: editionLanguage)
    isHeading = Self.isHeading(text)
    boilerplate = detector.kind(of: text, declared: declared)
    languageGuess = ParagraphLanguage.identifier.identify(text)
    // A language switcher ("ua en ru", "УКР ENG РУС") names languages; it is written in none.
    language =
      boilerplate == .navigation
      ? .other
      : ParagraphLanguage.language(of: text, guess: languageGuess, expected: editionLanguage)
    leads = []
    let sentences =
      (try? ICUBreakIterator.segments(
        of: text, kind: .sentence, locale: editionLanguage.icuLocale)) ?? []
    sentenceCount = max(sentences.count, 1)
    marks = text.unicodeScalars.reduce(0) { $0 + ("?!".unicodeScalars.contains($1) ? 1 : 0) }
    // Parts of the paragraph an edition may have kept: its first sentence or first two, its
    // last or last two, and (up to six sentences) every sentence but one, so that an edition
    // that translates only part of a paragraph, or leaves one sentence out, still links to it.
    let ranges = Self.scalarRanges(of: sentences.map(\.range), in: text)
    let count = ranges.count
    var parts: [[Int]] = []
    if count > 1 {
      parts = [[0], [count - 1]] + (count > 2 ? [[0, 1], [count - 2, count - 1]] : [])
      if count <= 6 {
        parts += (0..<count).map { left in (0..<count).filter { $0 != left } }
      }
    }
    var seen: Set<[Int]> = []
    let scalars = Array(text.unicodeScalars)
    for part in parts where seen.insert(part).inserted {
      // Sentences next to each other make one range, so an anchor across their boundary counts.
      var partRanges: [Range<Int>] = []
      for range in part.map({ ranges[$0] }) {
        if let last = partRanges.last, last.upperBound == range.lowerBound {
          partRanges[partRanges.count - 1] = last.lowerBound..<range.upperBound
        } else {
          partRanges.append(range)
        }
      }
      let length = partRanges.reduce(0) {
        $0 + String(String.UnicodeScalarView(scalars[$1])).count
      }
      leads.append(
        Lead(
          length: length, anchors: anchors.within(partRanges),
          isLeading: part == [0] || part == [0, 1]))
    }
  }

  /// UTF-16 ranges of `text` as Unicode-scalar ranges (the offsets anchors use).
  static func scalarRanges(of ranges: [Range<Int>], in text: String) -> [Range<Int>] {
    var scalarAt: [Int] = [0]
    var utf16 = 0
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      utf16 += scalar.utf16.count
      while scalarAt.count <= utf16 { scalarAt.append(offset + 1) }
    }
    return ranges.map { scalarAt[min($0.lowerBound, utf16)]..<scalarAt[min($0.upperBound, utf16)] }
  }

  /// Marks the paragraph as boilerplate of `kind` (a language switcher or menu is written in no
  /// language).
  mutating func markBoilerplate(_ kind: BoilerplateKind) {
    boilerplate = kind
    if kind == .navigation { language = .other }
  }

  /// Whether `text` reads as a title or sub-heading: short, and not ending like a sentence.
  /// Editions merge and split body paragraphs, never headings, so the aligner links a heading
  /// one-to-one or leaves it alone.
  static func isHeading(_ text: String) -> Bool {
    guard text.count <= 90, let last = text.last else { return false }
    return !".…!;:,".contains(last)
  }

  /// The evidence of every paragraph of `editions`, examined on all cores.
  static func collect(_ editions: [Edition], detector: BoilerplateDetector) -> [[ParagraphEvidence]]
  {
    let jobs = editions.enumerated().flatMap { slot, edition in
      edition.paragraphs.indices.map { (slot, $0) }
    }
    let chunk = 16
    let results = parallelMap((jobs.count + chunk - 1) / chunk) { part in
      ((part * chunk)..<min((part + 1) * chunk, jobs.count)).map { job in
        let (slot, index) = jobs[job]
        return ParagraphEvidence(
          text: editions[slot].paragraphs[index].text, editionLanguage: editions[slot].language,
          detector: detector, declared: editions[slot].origin(of: index)?.kind)
      }
    }.flatMap { $0 }
    var grouped = editions.map { _ in [ParagraphEvidence]() }
    for (job, (slot, _)) in jobs.enumerated() { grouped[slot].append(results[job]) }
    // What only a paragraph's neighbours tell (a menu pasted one entry per line, the headlines
    // under "Read also"): boilerplate that the paragraph alone did not show. Each paragraph's
    // own kind is its evidence's, not computed again.
    for (slot, edition) in editions.enumerated() {
      let kinds = detector.kinds(
        of: edition.paragraphs.map(\.text), own: grouped[slot].map(\.boilerplate))
      for (index, kind) in kinds.enumerated() where grouped[slot][index].boilerplate == nil {
        if let kind { grouped[slot][index].markBoilerplate(kind) }
      }
    }
    return grouped
  }
}
