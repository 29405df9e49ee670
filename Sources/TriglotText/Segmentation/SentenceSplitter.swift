/// Splits a paragraph into sentences: ICU's sentence-break rules for the language, plus our own
/// exceptions for initials and abbreviations.
///
/// ICU already keeps a period followed by a lower-case word or a number inside the sentence
/// (`ст. 5`, `млн. грн`); where it breaks before a capital, the splitter joins the pieces again
/// when the period belongs to
/// - **initials**: one or more capital letters each followed by a period (`Ю. Тимошенко`,
///   `K. Budanov`, `В. В. Путин`, `J. R. R. Tolkien`, `U.S.`);
/// - a **prefix abbreviation** (`Mr.`, `Dr.`, `вул.`, `т. зв.`, `e.g.`), which never ends a
///   sentence;
/// - a **trailing abbreviation** (`млн.`, `тис.`, `грн.`, `рр.`, `etc.`) or, after a number, an
///   **after-number abbreviation** (`2022 р.`, `XIX ст.`, `2022 г.`), unless the sentence so far
///   has more than four words: `Бюджет становить 5 млн грн. Рада…` is two sentences, while
///   `У березні 2014 р. Росія…` is one. This is a judgment call: a short run ending in an
///   abbreviation is far more often an opening phrase than a whole sentence.
///
/// See ``AbbreviationTable`` for the lists and ``AbbreviationKind`` for the kinds. The splitter
/// treats its input as one paragraph: a single line break is a soft wrap inside a sentence, a
/// blank line always ends one. Each sentence is trimmed of surrounding white space and keeps its
/// range in the input, in Unicode-scalar offsets, like ``ParagraphSplitter``.
public struct SentenceSplitter: Sendable, Hashable {
  /// The language whose ICU rules and abbreviations are used.
  public var language: Language

  /// Creates a splitter for `language` (`.other` and `.mixed` use ICU's root rules and the
  /// abbreviations of all three languages).
  public init(language: Language) {
    self.language = language
  }

  /// Returns the sentences of `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text`, with one ICU call.
  public func sentences(in text: String) throws(ICUError) -> [TextSegment] {
    let index = ScalarOffsetIndex(text)
    let scalars = index.scalars
    // Soft wraps become spaces for ICU, which otherwise breaks at every line break. Each line
    // break scalar is one UTF-16 unit, as is a space, so ICU's offsets still fit `text`.
    let segments = try ICUBreakIterator.segments(
      of: String(_scalars: Self.softWrapsAsSpaces(scalars)), kind: .sentence,
      locale: language.icuLocale)
    let abbreviations = AbbreviationTable.abbreviations(for: language)
    var pieces: [Range<Int>] = []
    for segment in segments {
      let piece = index.scalarRange(utf16: segment.range)
      if let last = pieces.last,
        continues(last, into: piece, scalars: scalars, abbreviations: abbreviations)
      {
        pieces[pieces.count - 1] = last.lowerBound..<piece.upperBound
      } else {
        pieces.append(piece)
      }
    }
    return pieces.compactMap { piece in
      guard let first = piece.first(where: { !scalars[$0]._isWhitespace }),
        let last = piece.last(where: { !scalars[$0]._isWhitespace })
      else { return nil }
      return TextSegment(text: index.string(first..<last + 1), range: first..<last + 1)
    }
  }

  /// Whether the sentence `left` runs on into `right` because its final period belongs to
  /// initials or an abbreviation.
  private func continues(
    _ left: Range<Int>, into right: Range<Int>, scalars: [Unicode.Scalar],
    abbreviations: [String: AbbreviationKind]
  ) -> Bool {
    guard let period = left.last(where: { !scalars[$0]._isWhitespace }), scalars[period] == "."
    else { return false }
    let gap =
      (period + 1)..<(right.first(where: { !scalars[$0]._isWhitespace }) ?? right.upperBound)
    if Self.lineBreaks(in: gap, of: scalars) > 1 { return false }
    let tokens = Self.tokens(in: left.lowerBound..<period + 1, of: scalars)
    guard let last = tokens.last else { return false }
    if Self.isInitials(Self.stripped(last, of: scalars), of: scalars) { return true }
    guard let (kind, used) = Self.abbreviation(endingWith: tokens, of: scalars, in: abbreviations)
    else { return false }
    switch kind {
    case .prefix:
      return true
    case .afterNumber:
      let before = tokens.count - used - 1
      if before < 0 || !Self.isNumber(tokens[before], of: scalars) { return true }
    case .trailing:
      break
    }
    // A number right after the abbreviation is what it abbreviates for (`ч. 2 ст. 438 ККУ`,
    // `5 млн грн. 200 тис.`): a sentence seldom opens with digits after one.
    if let next = right.first(where: { !scalars[$0]._isWhitespace }), scalars[next]._isDigit {
      return true
    }
    let firstLetter = right.first { scalars[$0]._isLetter }
    let capitalized = firstLetter.map { scalars[$0].properties.isUppercase } ?? false
    return !(capitalized && tokens.count(where: { Self.isWord($0, of: scalars) }) > 4)
  }

  /// The white-space-separated tokens in `range`.
  private static func tokens(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var tokens: [Range<Int>] = []
    var start: Int?
    for offset in range {
      if scalars[offset]._isWhitespace {
        if let begin = start { tokens.append(begin..<offset) }
        start = nil
      } else if start == nil {
        start = offset
      }
    }
    if let start { tokens.append(start..<range.upperBound) }
    return tokens
  }

  /// A token without the opening brackets and quotes before it.
  private static func stripped(_ token: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int> {
    var start = token.lowerBound
    while start < token.upperBound, "([{«„“‘\"'‹".unicodeScalars.contains(scalars[start]) {
      start += 1
    }
    return start..<token.upperBound
  }

  /// Whether a token is initials: capital letters each followed by a period (`Ю.`, `В.В.`).
  private static func isInitials(_ token: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
    guard !token.isEmpty, token.count.isMultiple(of: 2) else { return false }
    return stride(from: token.lowerBound, to: token.upperBound, by: 2).allSatisfy {
      scalars[$0]._isLetter && scalars[$0].properties.isUppercase && scalars[$0 + 1] == "."
    }
  }

  /// The longest abbreviation that the last one to three tokens spell (spaces ignored), with
  /// its kind and the number of tokens it uses.
  private static func abbreviation(
    endingWith tokens: [Range<Int>], of scalars: [Unicode.Scalar],
    in abbreviations: [String: AbbreviationKind]
  ) -> (AbbreviationKind, Int)? {
    var found: (AbbreviationKind, Int)?
    var spelled = ""
    for used in 1...min(3, tokens.count) {
      let token = tokens[tokens.count - used]
      spelled = String(_scalars: scalars[stripped(token, of: scalars)]).lowercased() + spelled
      if spelled.unicodeScalars.count > AbbreviationTable.longestEntry { break }
      if let kind = abbreviations[spelled] { found = (kind, used) }
    }
    return found
  }

  /// Whether a token is a number: it has a digit, is a Roman numeral (`XIX`, Latin or Cyrillic
  /// look-alikes), or is a number word (`млн`, `тис.`, `million`).
  private static func isNumber(_ token: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
    let body = scalars[token].filter { !",.;:()«»\"".unicodeScalars.contains($0) }
    if body.isEmpty { return false }
    if body.contains(where: \._isDigit) { return true }
    if body.allSatisfy({ "IVXLCDMІХ".unicodeScalars.contains($0) }) { return true }
    return numberWords.contains(String(_scalars: body).lowercased())
  }

  private static let numberWords: Set<String> = [
    "тис", "тисяч", "тисячі", "млн", "млрд", "трлн", "тыс", "тысяч", "тысячи", "thousand",
    "million", "billion", "trillion",
  ]

  /// Whether a token holds a letter or a digit.
  private static func isWord(_ token: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
    scalars[token].contains { $0._isLetter || $0._isDigit }
  }

  /// The number of line breaks in `range` (CRLF counts once).
  private static func lineBreaks(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int {
    range.count(where: { offset in
      scalars[offset] == "\n"
        || (scalars[offset] == "\r" && (offset + 1 == scalars.count || scalars[offset + 1] != "\n"))
    })
  }

  /// The scalars with every line break that is not part of a blank line replaced by a space.
  private static func softWrapsAsSpaces(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result = scalars
    var gapStart = 0
    var offset = 0
    while offset <= scalars.count {
      if offset < scalars.count && scalars[offset]._isWhitespace {
        offset += 1
        continue
      }
      let gap = gapStart..<offset
      if lineBreaks(in: gap, of: scalars) == 1 {
        for position in gap where scalars[position] == "\n" || scalars[position] == "\r" {
          result[position] = " "
        }
      }
      offset += 1
      gapStart = offset
    }
    return result
  }
}
