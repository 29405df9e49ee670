import Foundation
import TriglotText

extension ParagraphFacts {
  /// Extracts the facts of a paragraph of the `edition` edition from its text.
  ///
  /// Numbers come from ``NumberAnchor``; numbers spelt out in words go to ``numberAnswers`` (they
  /// answer digits elsewhere but demand no partner: "one of" has no counterpart in Ukrainian),
  /// as do whole hours read both as times and as numbers (on either half of the clock), and
  /// numbers that belong to a date: the day of a date,
  /// and the first day of a range written `з 1 по 24 липня` / `с 1 по 24 июля`, which is compared
  /// as the date `1 липня` like the English `July 1-24`. Dates come from ``DateAnchor``, names
  /// from ``NameAnchor`` (one mention per word; acronyms are left out because they rarely survive
  /// translation, ЗСУ / AFU, and so are lexicon terms such as countries and institutions, which
  /// are translated rather than transliterated: Польщі / Poland).
  ///
  /// - Parameters:
  ///   - text: The paragraph.
  ///   - edition: The language of the edition the paragraph belongs to.
  ///   - isBoilerplate: Whether the paragraph is boilerplate.
  ///   - language: The paragraph's detected language, `nil` when unknown.
  ///   - mixedScriptWords: The paragraph's words that mix Latin and Cyrillic letters.
  ///   - anchors: The paragraph's anchors when they are already extracted (by the aligner, in
  ///     the edition's language); nil extracts them here.
  public init(
    text: String, edition: Language, isBoilerplate: Bool, language: Language?,
    mixedScriptWords: [AuditValue] = [], anchors: ParagraphAnchors? = nil
  ) {
    var memo = NameKeyMemo()
    self.init(
      text: text, edition: edition, isBoilerplate: isBoilerplate, language: language,
      mixedScriptWords: mixedScriptWords, anchors: anchors, memo: &memo)
  }

  /// Extracts the facts as above, keying words through the article's `memo`.
  init(
    text: String, edition: Language, isBoilerplate: Bool, language: Language?,
    mixedScriptWords: [AuditValue], anchors: ParagraphAnchors?, memo: inout NameKeyMemo
  ) {
    let anchors = anchors ?? ParagraphAnchors(text: text, language: edition)
    // "маю" in a Ukrainian paragraph is "I have", not May: judged by the language the paragraph
    // is found to be written in (which an untranslated paragraph does not share with its
    // edition), or for a paragraph too short to tell, by the spellings only one of the two
    // Cyrillic languages has; nothing is dropped when neither says.
    let writtenIn = language ?? Self.cyrillicLanguage(byLettersOf: text)
    let dateAnchors = anchors.dates.filter { date in
      writtenIn.map { !MonthNames.isCommonWord(inDate: date.text, language: $0) } ?? true
    }
    var dates = dateAnchors.filter { !Self.isNameLikeMonth($0) }
      .map { AuditValue(text: $0.text, key: $0.key) }
    var dateRanges = dateAnchors.map(\.range)
    let scalars = Array(text.unicodeScalars)
    for number in anchors.numbers
    where number.kind == .cardinal && number.upperValue == nil
      && !dateRanges.contains(where: { $0.overlaps(number.range) })
    {
      guard let day = Int(number.key), (1...31).contains(day),
        let date = dateAnchors.first(where: { date in
          date.day != nil
            && (Self.isDayJoint(scalars, number.range.upperBound, date.range.lowerBound)
              || Self.isDayJoint(scalars, date.range.upperBound, number.range.lowerBound))
        })
      else { continue }
      dates.append(AuditValue(text: number.text, key: "\(date.month)-\(day)"))
      dateRanges.append(number.range)
    }
    let numberAnswers = anchors.numbers.flatMap { number -> [AuditValue] in
      switch number.kind {
      case .word:
        // "до восьмої" after "з п'ятої вечора" answers "8 p.m." as a bare hour does.
        return number.keys.flatMap { key -> [AuditValue] in
          let hours = Int(key).map { (1...12).contains($0) ? ["\($0):00", "\($0 + 12):00"] : [] }
          return ([key] + (hours ?? [])).map { AuditValue(text: number.text, key: $0) }
        }
      case .time:
        // 7 pm answers "7" and "19"; 19:00 answers "19" and "7".
        return number.keys.filter { $0.hasSuffix(":00") }.flatMap { key -> [AuditValue] in
          guard let hour = Int(key.dropLast(3)) else { return [] }
          let hours = hour > 12 ? [hour, hour - 12] : [hour]
          return hours.map { AuditValue(text: number.text, key: String($0)) }
        }
      case .cardinal, .ordinal:
        // A bare hour ("о 7", "о 6-ій") answers that time of the morning or the evening.
        return number.keys.compactMap(Int.init).filter { (0...24).contains($0) }.flatMap {
          hour -> [AuditValue] in
          let hours = (1...11).contains(hour) ? [hour, hour + 12] : [hour]
          return hours.map { AuditValue(text: number.text, key: "\($0):00") }
        }
      default:
        return []
      }
    }
    let numbers = anchors.numbers.filter { number in
      number.kind != .word && !dateRanges.contains { $0.overlaps(number.range) }
        && !Self.isLabelOrFraction(number, in: scalars)
    }
    let names = anchors.names.filter { !Self.isAcronym($0.text) }.flatMap { name in
      Self.words(of: name.text).filter { word in
        !Self.isAcronym(word) && LexiconAnchor.extract(from: word).isEmpty
      }.map {
        NameMention(name: name.text, word: $0, nameKey: memo.key($0, language: edition))
      }
    }
    self.init(
      text: text, isBoilerplate: isBoilerplate, language: language,
      numbers: numbers.flatMap { number in
        let phrase = Self.phrase(of: number, in: scalars)
        return number.keys.map {
          AuditValue(
            text: number.text, key: $0, alternative: number.alternativeKey, phrase: phrase)
        }
      },
      dates: dates, names: names, mixedScriptWords: mixedScriptWords, edition: edition,
      memo: &memo)
    self.numberAnswers = numberAnswers
  }

  /// The words and dashes that join two days of one month: `з 1 по 24 липня`,
  /// `12 і 14 травня`, `May 12 and 14`.
  private static let dayJoints: Set<String> = [
    "по", "до", "і", "й", "та", "и", "and", "or", "to", "through", "-", "–", "—",
  ]

  /// Whether the text between `start` and `end` joins two days of one month.
  private static func isDayJoint(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard start <= end, end <= scalars.count, end - start <= 9 else { return false }
    let joint = String(String.UnicodeScalarView(scalars[start..<end]))
      .trimmingCharacters(in: .whitespaces).lowercased()
    return dayJoints.contains(joint)
  }

  /// A capitalized Cyrillic month name with neither day nor year is a person's name mid-sentence
  /// (Марта), not a month: Ukrainian and Russian write months in lower case. A month adjective
  /// (Березневий номер) is capitalized only at the start of a sentence, and stays a month.
  private static func isNameLikeMonth(_ date: DateAnchor) -> Bool {
    guard date.day == nil, date.year == nil, let first = date.text.unicodeScalars.first else {
      return false
    }
    return first.properties.isUppercase && UnicodeScript(first) == .cyrillic
      && !MonthNames.isAdjective(date.text)
  }

  /// Numbers that name rather than count, or that other editions write in words: a label glued
  /// to letters (G7, Brave1), a fraction (1/4 фіналу: "quarter-finals"), and an English ordinal
  /// century (17th-18th century: XVII–XVIII століття). A number glued to a lower-case Cyrillic
  /// word of four letters or more is a missing space ("становить45%"), not a label.
  private static func isLabelOrFraction(_ number: NumberAnchor, in scalars: [Unicode.Scalar])
    -> Bool
  {
    let start = number.range.lowerBound
    let end = number.range.upperBound
    if start > 0, scalars[start - 1].properties.isAlphabetic, !isGluedToWord(scalars, start) {
      return true
    }
    if start > 0, scalars[start - 1] == "/" { return true }
    if end < scalars.count, scalars[end] == "/" { return true }
    if number.kind == .ordinal {
      let after = String(String.UnicodeScalarView(scalars[end..<min(end + 11, scalars.count)]))
        .trimmingCharacters(in: .whitespaces).lowercased()
      if after.hasPrefix("centur") { return true }
    }
    return false
  }

  /// The number with the word written right after it, joined by a space or a hyphen
  /// ("20 унцій", "20-ounce"), or nil when no word follows.
  private static func phrase(of number: NumberAnchor, in scalars: [Unicode.Scalar]) -> String? {
    var end = number.range.upperBound
    if end < scalars.count, scalars[end] == " " || scalars[end] == "-" || scalars[end] == "\u{00A0}"
    {
      end += 1
    }
    let wordStart = end
    while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
    guard end - wordStart >= 2 else { return nil }
    return String(String.UnicodeScalarView(scalars[number.range.lowerBound..<end]))
  }

  /// The Cyrillic language the words of `text` show (``CyrillicLanguageEvidence``) when they show
  /// only one of the two; nil when they show neither or both.
  private static func cyrillicLanguage(byLettersOf text: String) -> Language? {
    let evidence = CyrillicLanguageEvidence(text)
    if evidence.ukrainianWords > 0, evidence.russianWords == 0 { return .uk }
    if evidence.russianWords > 0, evidence.ukrainianWords == 0 { return .ru }
    return nil
  }

  /// Whether the letters before `start` are a lower-case Cyrillic word of four letters or more.
  private static func isGluedToWord(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
    var index = start
    while index > 0, scalars[index - 1].properties.isAlphabetic {
      let scalar = scalars[index - 1]
      guard UnicodeScript(scalar) == .cyrillic, !scalar.properties.isUppercase else {
        return false
      }
      index -= 1
    }
    return start - index >= 4
  }

  /// Whether `name` is written in capitals only (НАТО, ЗСУ, OSB).
  static func isAcronym(_ name: String) -> Bool {
    let letters = name.unicodeScalars.filter(\.properties.isAlphabetic)
    return letters.count > 1 && letters.allSatisfy(\.properties.isUppercase)
  }
}
