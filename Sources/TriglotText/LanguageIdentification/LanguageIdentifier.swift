import Foundation

/// Tells which of Ukrainian, Russian and English a paragraph or a document is written in.
///
/// ## The model
/// The text is read once, scalar by scalar, into words and sentence-like chunks (see
/// ``identify(_:)``), and each word adds evidence for its script:
/// - **Cyrillic words** add to one number, the log-odds that the text is Ukrainian rather than
///   Russian (a naive-Bayes sum; positive means Ukrainian):
///   - every letter adds ln(P(letter | uk) / P(letter | ru)) from general letter frequencies
///     (`LetterFrequencies`), so the telltale letters weigh heavily (і ї є ґ for Ukrainian,
///     ы э ё ъ for Russian) and shared letters weigh a little (е is twice as common in Russian);
///   - a function word found in one language only (`FunctionWords`: і, що, від, які … against
///     и, что, от, которые …) adds ±``functionWordWeight``;
///   - other words add the weights of their endings and letter groups (`AffixCues`: -ння,
///     -ський, -в, ви- … against -ние, -ский, -тся, -л …);
///   - an apostrophe between two Cyrillic letters (м'ясо, п'ять) adds ``apostropheWeight``;
///     Russian uses ъ there.
/// - **Latin words** count as English when they are English function words; function words of
///   German, French, Spanish, Italian, Polish, Czech, Dutch or Portuguese, and letters with
///   diacritics English does not use, count as cues for another language.
/// - **Letters of other scripts** are only counted.
///
/// A paragraph is then:
/// - `other` when it has fewer than ``minimumLetters`` letters, when most letters are in
///   another script, when it uses Cyrillic letters of another language (ў, ј, љ …), or when it
///   is Latin with clear cues of a language other than English (at least two cues, more than
///   twice the English function words);
/// - `uk` or `ru` when the Cyrillic words outweigh the Latin ones (or hold a quarter of the
///   letters and the Latin words are only names, with no English function word), by the sign of
///   the log-odds; confidence is the logistic of the log-odds, lowered when other scripts take
///   part of the letters;
/// - `other` also when a long Latin text (200+ letters) has almost no English function word
///   (fewer than one per 200 letters): encoded data, code, lists of foreign names;
/// - `en` otherwise; confidence grows with the number of English function words;
/// - `mixed` when, besides the winning language, another of uk, ru, en takes at least
///   ``mixedShare`` of the letters in chunks that are each clearly in that language (for
///   example a Ukrainian sentence followed by a Russian one), with at least
///   ``mixedMinimumLetters`` letters.
///
/// A document's language is the letter-weighted majority of its paragraphs, or `mixed`; see
/// ``identifyDocument(paragraphs:)``.
///
/// The identifier is a value type with no mutable shared state: one instance can be used from
/// any number of threads.
public struct LanguageIdentifier: Sendable, Hashable {
  /// From this many Latin letters on, a text needs English function words to count as English.
  static let functionWordlessLength = 200
  /// The fewest English function words per 100 Latin letters of a long text that is English
  /// (English prose has about five).
  static let minimumEnglishWordsPer100Letters = 0.5

  /// Texts with fewer letters than this are `other`: too short to tell.
  public var minimumLetters: Int
  /// The share of letters a second language needs to make a paragraph or a document `mixed`.
  public var mixedShare: Double
  /// The number of letters a second language needs to make a paragraph `mixed`.
  public var mixedMinimumLetters: Int

  /// The log-odds a distinctive Ukrainian or Russian function word adds.
  static let functionWordWeight = 2.0
  /// The log-odds an apostrophe between two Cyrillic letters adds for Ukrainian.
  static let apostropheWeight = 2.0
  /// The log-odds a chunk needs to count as clearly Ukrainian or Russian when looking for a
  /// second language in a paragraph.
  static let decisiveLogOdds = 3.0

  /// Creates an identifier.
  ///
  /// - Parameters:
  ///   - minimumLetters: fewer letters than this make a text `other` (default 5).
  ///   - mixedShare: the share of letters a second language needs for `mixed` (default 0.25).
  ///   - mixedMinimumLetters: the letters a second language needs in a paragraph for `mixed`
  ///     (default 20).
  public init(minimumLetters: Int = 5, mixedShare: Double = 0.25, mixedMinimumLetters: Int = 20) {
    self.minimumLetters = minimumLetters
    self.mixedShare = mixedShare
    self.mixedMinimumLetters = mixedMinimumLetters
  }

  /// Identifies the language of one paragraph (or any short text).
  ///
  /// - Complexity: O(*n*) in the number of Unicode scalars of `text`.
  public func identify(_ text: String) -> LanguageGuess {
    let chunks = Self.chunkEvidence(of: text)
    var total = Evidence()
    for chunk in chunks { total.add(chunk) }
    let guess = classify(total)
    guard guess.language != .other, chunks.count > 1 || total.latinLetters > 0 else {
      return guess
    }
    return mixedGuess(chunks: chunks, total: total, main: guess) ?? guess
  }

  /// Identifies each paragraph and the document as a whole.
  ///
  /// The document's language is the one whose paragraphs hold the most letters. It is `mixed`
  /// when mixed paragraphs hold the most letters, or when a second language among uk, en, ru
  /// holds at least ``mixedShare`` of the letters. A document without letters is `other`.
  ///
  /// - Complexity: O(*n*) in the total number of Unicode scalars.
  public func identifyDocument(paragraphs: [String]) -> LanguageIdentification {
    let guesses = paragraphs.map(identify)
    let letters = guesses.reduce(0) { $0 + $1.letterCount }
    var weights: [Language: Int] = [:]
    var confidenceSums: [Language: Double] = [:]
    for guess in guesses {
      weights[guess.language, default: 0] += guess.letterCount
      confidenceSums[guess.language, default: 0] += guess.confidence * Double(guess.letterCount)
    }
    let ranked = weights.filter { $0.value > 0 }.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }
    guard let (winner, weight) = ranked.first else {
      return LanguageIdentification(
        language: .other, confidence: 1, letterCount: 0, paragraphs: guesses)
    }
    let total = Double(letters)
    let runnerUp = ranked.dropFirst().first { Language.editions.contains($0.key) }
    if winner != .mixed, let runnerUp, Double(runnerUp.value) >= mixedShare * total {
      let share = Double(weight + runnerUp.value) / total
      return LanguageIdentification(
        language: .mixed, confidence: share, letterCount: letters, paragraphs: guesses)
    }
    let meanConfidence = (confidenceSums[winner] ?? 0) / Double(weight)
    return LanguageIdentification(
      language: winner, confidence: Double(weight) / total * meanConfidence,
      letterCount: letters, paragraphs: guesses)
  }

  /// The language of `evidence` taken as one piece of text.
  func classify(_ evidence: Evidence) -> LanguageGuess {
    let letters = evidence.letters
    guard letters >= minimumLetters else {
      return LanguageGuess(
        language: .other, confidence: letters == 0 ? 1 : 0.5, letterCount: letters)
    }
    let total = Double(letters)
    let cyrillic = evidence.cyrillicLetters
    let latin = evidence.latinLetters
    if evidence.otherScriptLetters > max(cyrillic, latin) {
      return LanguageGuess(
        language: .other, confidence: Double(evidence.otherScriptLetters) / total,
        letterCount: letters)
    }
    if cyrillic >= latin || (4 * cyrillic >= letters && evidence.englishWords == 0) {
      let purity = 0.75 + 0.25 * Double(cyrillic) / total
      if evidence.otherCyrillicLetters >= 2 && 50 * evidence.otherCyrillicLetters >= cyrillic {
        return LanguageGuess(language: .other, confidence: purity, letterCount: letters)
      }
      let odds = evidence.ukrainianLogOdds
      return LanguageGuess(
        language: odds >= 0 ? .uk : .ru, confidence: Self.logistic(abs(odds)) * purity,
        letterCount: letters)
    }
    let purity = 0.75 + 0.25 * Double(latin) / total
    let english = Double(evidence.englishWords)
    let otherCues = evidence.otherLatinCues
    if otherCues >= 2 && otherCues > 2 * english {
      return LanguageGuess(
        language: .other, confidence: otherCues / (otherCues + english + 1) * purity,
        letterCount: letters)
    }
    // English prose has a function word every few words; a long Latin text with almost none is
    // not English (code, identifiers, encoded data, a list of names in another language).
    if latin >= Self.functionWordlessLength
      && english * 100 < Double(latin) * Self.minimumEnglishWordsPer100Letters
    {
      return LanguageGuess(language: .other, confidence: 0.6 * purity, letterCount: letters)
    }
    let englishStrength = 0.6 + 0.4 * min(1, english / 3)
    return LanguageGuess(
      language: .en,
      confidence: englishStrength * (english + 1) / (english + otherCues + 1) * purity,
      letterCount: letters)
  }

  /// `mixed`, when a language other than `main` holds a substantial share of the letters in
  /// chunks (or the Latin part of chunks) that are clearly in that language; otherwise nil.
  private func mixedGuess(chunks: [Evidence], total: Evidence, main: LanguageGuess)
    -> LanguageGuess?
  {
    var votes: [Language: Int] = [:]
    for chunk in chunks {
      if chunk.cyrillicLetters >= mixedMinimumLetters / 2,
        abs(chunk.ukrainianLogOdds) >= Self.decisiveLogOdds
      {
        votes[chunk.ukrainianLogOdds > 0 ? .uk : .ru, default: 0] += chunk.cyrillicLetters
      }
      if chunk.latinLetters >= mixedMinimumLetters / 2, chunk.englishWords >= 2,
        chunk.otherLatinCues <= Double(chunk.englishWords)
      {
        votes[.en, default: 0] += chunk.latinLetters
      }
    }
    let second = votes.filter { $0.key != main.language }.max {
      $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key
    }
    guard let second, second.value >= mixedMinimumLetters,
      Double(second.value) >= mixedShare * Double(total.letters),
      (votes[main.language] ?? 0) >= mixedMinimumLetters
    else { return nil }
    let share = Double((votes[main.language] ?? 0) + second.value) / Double(total.letters)
    return LanguageGuess(language: .mixed, confidence: min(1, share), letterCount: total.letters)
  }

  private static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
