/// A calendar date or month written in a paragraph, the same in every edition:
/// `July 25`, `25 липня`, `25-го липня` and `25 июля` are all (7, 25); `у липні 2024 року`,
/// `in July 2024` and `в июле 2024 года` are all (7, nil, 2024).
public struct DateAnchor: Sendable, Hashable {
  /// The month, 1…12.
  public var month: Int
  /// The day of the month, when one is given.
  public var day: Int?
  /// The year, when one is given right after the day or month.
  public var year: Int?
  /// The date as written.
  public var text: String
  /// Where the date sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>

  /// Creates a date anchor.
  public init(month: Int, day: Int?, year: Int?, text: String, range: Range<Int>) {
    self.month = month
    self.day = day
    self.year = year
    self.text = text
    self.range = range
  }

  /// The month and day as a key ("7-25", or "7" for a month alone). The year is left out
  /// because one edition often drops a year that another repeats; years are also numbers
  /// (``NumberAnchor``) and are matched as such.
  public var key: String {
    day.map { "\(month)-\($0)" } ?? "\(month)"
  }

  /// Returns the dates of `text` in order. A range of days (`1–3 березня`, `March 1-3`) gives
  /// one anchor per bound.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String) -> [DateAnchor] {
    extract(tokens: AnchorTokenizer.tokens(of: text), scalars: Array(text.unicodeScalars))
  }

  static func extract(tokens: [AnchorToken], scalars: [Unicode.Scalar]) -> [DateAnchor] {
    var anchors: [DateAnchor] = []
    var consumedUntil = 0
    for (index, token) in tokens.enumerated() where token.kind == .word && index >= consumedUntil {
      guard let (month, needsNumber) = token.month else { continue }
      var first = index
      var last = index
      var days: [Int?]?
      if let before = daysBefore(index, in: tokens) {
        days = before.values
        first = before.first
      } else if let after = daysAfter(index, in: tokens) {
        days = after.values
        last = after.last
      }
      var year: Int?
      var yearIndex = last + 1
      if needsNumber, last == index, yearIndex < tokens.count, tokens[yearIndex].text == ".",
        tokens[yearIndex].gapBefore.isEmpty
      {
        // The point of an abbreviation before the year: 17 сент. 2024.
        yearIndex += 1
      }
      if yearIndex < tokens.count, tokens[yearIndex].text == "," { yearIndex += 1 }
      if yearIndex < tokens.count, let value = yearValue(tokens[yearIndex]) {
        year = value
        last = yearIndex
      }
      if needsNumber, days == nil, year == nil { continue }
      let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
      let written = String(String.UnicodeScalarView(scalars[range]))
      for day in days ?? [nil] {
        anchors.append(DateAnchor(month: month, day: day, year: year, text: written, range: range))
      }
      consumedUntil = last + 1
    }
    let numeric = numericDates(tokens: tokens, scalars: scalars)
    if numeric.isEmpty { return anchors }
    return
      (anchors
      + numeric.filter { date in
        !anchors.contains { $0.range.overlaps(date.range) }
      }).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Dates written in digits: `05.03.2020`, `4. 4. 2022`, `05/03/2020`, day first; month first
  /// only where the second number cannot be a month (`05/23/2020`).
  private static func numericDates(tokens: [AnchorToken], scalars: [Unicode.Scalar])
    -> [DateAnchor]
  {
    var anchors: [DateAnchor] = []
    var index = 0
    while index + 4 < tokens.count {
      let parts = [tokens[index], tokens[index + 2], tokens[index + 4]]
      let separators = [tokens[index + 1], tokens[index + 3]]
      guard parts[0].kind == .number, parts[1].kind == .number, parts[2].kind == .number,
        parts[0].text.count <= 2, parts[1].text.count <= 2, let year = yearValue(parts[2]),
        separators[0].text == separators[1].text, [".", "/"].contains(separators[0].text),
        separators.allSatisfy({ $0.gapBefore.isEmpty }), parts[1].gapBefore.count <= 1,
        parts[2].gapBefore.count <= 1, let first = Int(parts[0].text),
        let second = Int(parts[1].text)
      else {
        index += 1
        continue
      }
      let (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second)
      guard (1...12).contains(month), (1...31).contains(day) else {
        index += 1
        continue
      }
      let range = parts[0].range.lowerBound..<parts[2].range.upperBound
      anchors.append(
        DateAnchor(
          month: month, day: day, year: year,
          text: String(String.UnicodeScalarView(scalars[range])), range: range))
      index += 5
    }
    return anchors
  }

  /// Days written before a month: `25`, `25-го`, `1–3`, `1-3-го`, `4th of July`.
  private static func daysBefore(_ month: Int, in tokens: [AnchorToken]) -> (
    values: [Int?], first: Int
  )? {
    var index = month - 1
    guard index >= 0 else { return nil }
    if tokens[index].lower == "of", index >= 2, tokens[index - 1].gapBefore.isEmpty,
      ["st", "nd", "rd", "th"].contains(tokens[index - 1].lower)
    {
      index -= 2
    } else if tokens[index].kind == .word, index >= 2, tokens[index - 1].text == "-",
      tokens[index - 1].gapBefore.isEmpty, tokens[index].gapBefore.isEmpty,
      NumberWords.ordinalSuffixes.contains(tokens[index].lower)
    {
      index -= 2
    }
    guard let day = dayValue(tokens[index]) else { return nil }
    if index >= 2, ["-", "–", "—"].contains(tokens[index - 1].text),
      let lower = dayValue(tokens[index - 2]), lower < day
    {
      return ([lower, day], index - 2)
    }
    return ([day], index)
  }

  /// Days written after a month: `25`, `25th`, `1-3`, `1–3`.
  private static func daysAfter(_ month: Int, in tokens: [AnchorToken]) -> (
    values: [Int?], last: Int
  )? {
    var start = month + 1
    if start < tokens.count, tokens[start].text == ".", tokens[start].gapBefore.isEmpty {
      start += 1
    }
    guard start < tokens.count, let day = dayValue(tokens[start]) else { return nil }
    // "июня 25-го года", "червня 25-го року": a two-digit year, not a day.
    if start + 3 < tokens.count, tokens[start + 1].text == "-",
      NumberWords.ordinalSuffixes.contains(tokens[start + 2].lower),
      ["год", "року", "рік", "рок"].contains(where: { tokens[start + 3].lower.hasPrefix($0) })
    {
      return nil
    }
    var last = start
    if last + 1 < tokens.count, tokens[last + 1].gapBefore.isEmpty,
      ["st", "nd", "rd", "th"].contains(tokens[last + 1].lower)
    {
      last += 1
    }
    if last + 2 < tokens.count, ["-", "–", "—"].contains(tokens[last + 1].text),
      let upper = dayValue(tokens[last + 2]), upper > day
    {
      return ([day, upper], last + 2)
    }
    return ([day], last)
  }

  private static func dayValue(_ token: AnchorToken) -> Int? {
    guard token.kind == .number, token.text.count <= 2, let value = Int(token.text),
      (1...31).contains(value)
    else { return nil }
    return value
  }

  private static func yearValue(_ token: AnchorToken) -> Int? {
    guard token.kind == .number, token.text.count == 4, let value = Int(token.text),
      (1900...2100).contains(value)
    else { return nil }
    return value
  }
}
