import Foundation

/// A number written in a paragraph, normalized so that the same value reads the same in every
/// edition: `1 200`, `1,200`, `1.2 thousand`, `1,2 тис.` and `1,2 тыс.` all have the value 1200;
/// `1,5 млрд` and `1.5 billion` both 1500000000; `30%` and `30 %` both 30 (a percentage).
///
/// A range (`1–3`, `20-30%`) is one anchor with a lower and an upper value.
public struct NumberAnchor: Sendable, Hashable {
  /// What kind of number it is. The kind is a hint for people; anchors match on ``key`` alone,
  /// because one edition may write "30 percent" where another writes "30%".
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A plain amount or count.
    case cardinal
    /// A percentage (`30%`, `30 %`, `30 percent`, `30 відсотків`).
    case percent
    /// A four-digit year from 1900 to 2100 with no multiplier.
    case year
    /// An ordinal (`25-го`, `3-й`, `21st`).
    case ordinal
    /// A number spelt out in words (`four`, `чотири`, `четверо`).
    case word
    /// A time of day (`19:00`, `7 pm`, `3.15pm`, `9 a.m.`), keyed on the 24-hour clock
    /// (`19:00`, `15:15`, `9:00`).
    case time
  }

  /// The value (the lower bound of a range).
  public var value: Decimal
  /// The upper bound of a range (`3` in `1–3`), or nil for a single number.
  public var upperValue: Decimal?
  /// What kind of number it is.
  public var kind: Kind
  /// The number as written, multiplier and sign included (`1,5 млрд`, `30 %`).
  public var text: String
  /// Where the number sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>
  /// The canonical decimal form of ``value`` (`1500000000`, `1.5`), equal across locales.
  public var key: String
  /// The canonical forms of every value the anchor states (both bounds of a range).
  public var keys: [String]
  /// Another reading of the number, which the other editions may show to be the meant one:
  /// `25,000` in a Ukrainian or Russian text is 25 (a decimal comma) or 25000 (a thousands
  /// group); `1980s` is also the `80-х` / `80-е` of a Cyrillic edition. Nil for most numbers.
  public var alternativeKey: String?

  /// Creates an anchor from a canonical decimal string (`"1200"`, `"1.5"`).
  public init(
    key: String, upperKey: String? = nil, kind: Kind, text: String, range: Range<Int>,
    alternativeKey: String? = nil
  ) {
    self.key = key
    self.keys = [key] + (upperKey.map { [$0] } ?? [])
    self.alternativeKey = alternativeKey
    self.value = Decimal(string: key, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    self.upperValue = upperKey.flatMap {
      Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))
    }
    self.kind = kind
    self.text = text
    self.range = range
  }

  /// Returns the numbers of `text` in order.
  ///
  /// `language` decides what a comma means: in English `1,200` groups thousands, in Ukrainian
  /// and Russian `1,200` is a decimal fraction. When nil, a comma followed by exactly three digits
  /// groups thousands.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String, language: Language? = nil) -> [NumberAnchor] {
    extract(
      tokens: AnchorTokenizer.tokens(of: text), scalars: Array(text.unicodeScalars),
      language: language)
  }

  static func extract(tokens: [AnchorToken], scalars: [Unicode.Scalar], language: Language?)
    -> [NumberAnchor]
  {
    NumberScanner(tokens: tokens, scalars: scalars, language: language).scan()
  }
}

/// The scanner behind ``NumberAnchor/extract(from:language:)``.
private struct NumberScanner {
  let tokens: [AnchorToken]
  let scalars: [Unicode.Scalar]
  let language: Language?

  /// A parsed number: digits before and after the decimal point, a power-of-ten multiplier.
  struct Parsed {
    var integer: String
    var fraction: String
    var exponent: Int
    var kind: NumberAnchor.Kind
    var end: Int
    /// For a time of day, its 24-hour key (`19:00`).
    var timeKey: String? = nil
    /// Whether the fraction is three digits after a comma in Ukrainian or Russian, which may
    /// also be a thousands group (`25,000`).
    var fractionMayGroup = false
    /// The decade's two digits of `1980s` (`80`), as `80-х` writes it.
    var decade: String? = nil

    /// The other reading, if the number has one.
    var alternativeKey: String? {
      if fractionMayGroup {
        return NumberScanner.canonical(
          integer: integer + fraction, fraction: "", exponent: exponent)
      }
      return decade
    }

    var key: String {
      timeKey ?? NumberScanner.canonical(integer: integer, fraction: fraction, exponent: exponent)
    }
  }

  func scan() -> [NumberAnchor] {
    var anchors: [NumberAnchor] = []
    var index = 0
    while index < tokens.count {
      guard var first = parse(at: index) else {
        index += 1
        continue
      }
      var upper: Parsed?
      let dash = first.end
      if dash + 1 < tokens.count, tokens[dash].kind == .symbol,
        ["-", "–", "—"].contains(tokens[dash].text), tokens[dash].gapBefore.count <= 1,
        tokens[dash + 1].gapBefore.count <= 1, let second = parse(at: dash + 1),
        tokens[dash + 1].kind == .number
      {
        upper = second
        if first.kind == .year, second.kind == .cardinal, second.integer.count == 2,
          second.fraction.isEmpty, second.exponent == 0, let lower = Int(first.integer),
          let short = Int(second.integer), lower % 100 < short
        {
          // 1986-88, 1990–95: the century of the first year.
          upper?.integer = String(lower - lower % 100 + short)
          upper?.kind = .year
        }
        if first.exponent == 0 { first.exponent = second.exponent }
        if second.kind == .percent { first.kind = .percent }
      }
      let last = (upper?.end ?? first.end) - 1
      let range = tokens[index].range.lowerBound..<tokens[last].range.upperBound
      anchors.append(
        NumberAnchor(
          key: first.key, upperKey: upper?.key, kind: first.kind,
          text: String(String.UnicodeScalarView(scalars[range])), range: range,
          alternativeKey: upper.map { phoneReading(first, $0, dash: dash) }
            ?? first.alternativeKey))
      index = last + 1
    }
    return anchors
  }

  /// The phone number that `555-1234` may also be, beside the range 555 to 1234: its digits
  /// run together, for an edition that groups them another way (`555 12 34`). Nil for other
  /// ranges (years, amounts with a unit, short numbers).
  func phoneReading(_ lower: Parsed, _ upper: Parsed, dash: Int) -> String? {
    guard tokens[dash].text == "-", tokens[dash].gapBefore.isEmpty,
      tokens[dash + 1].gapBefore.isEmpty, lower.kind == .cardinal, upper.kind == .cardinal,
      lower.fraction.isEmpty, upper.fraction.isEmpty, lower.exponent == 0, upper.exponent == 0,
      lower.integer.count >= 3, upper.integer.count >= 3,
      lower.integer.count + upper.integer.count >= 7
    else { return nil }
    return Self.canonical(integer: lower.integer + upper.integer, fraction: "", exponent: 0)
  }

  /// Reads a phone number at `start`: three or more groups of digits joined by hyphens or single
  /// spaces (`555 12 34`, `044 123-45-67`, `8 050 123 45 67`), 7 to 15 digits in all, with a
  /// two-digit group after the first (which thousands groups never have), a group of three
  /// digits or more (which a list of sizes, `38 40 42 44`, does not have) and no four-digit
  /// year in it. Its value is the digits run together, so that every way of grouping them
  /// reads the same.
  func parsePhone(at start: Int) -> Parsed? {
    var groups = [tokens[start].text]
    var next = start + 1
    while next + 1 < tokens.count, tokens[next + 1].kind == .number {
      if tokens[next].text == "-", tokens[next].gapBefore.isEmpty,
        tokens[next + 1].gapBefore.isEmpty
      {
        groups.append(tokens[next + 1].text)
        next += 2
      } else {
        break
      }
    }
    while next < tokens.count, tokens[next].kind == .number {
      guard tokens[next].isGroupingGap, !tokens[next].gapBefore.isEmpty else { break }
      groups.append(tokens[next].text)
      next += 1
      while next + 1 < tokens.count, tokens[next].text == "-", tokens[next].gapBefore.isEmpty,
        tokens[next + 1].kind == .number, tokens[next + 1].gapBefore.isEmpty
      {
        groups.append(tokens[next + 1].text)
        next += 2
      }
    }
    let digits = groups.joined()
    guard groups.count >= 3, (7...15).contains(digits.count),
      groups.dropFirst().allSatisfy({ (2...4).contains($0.count) }),
      (groups.count >= 4 ? 1...4 : 2...4).contains(groups[0].count),
      groups.dropFirst().contains(where: { $0.count == 2 }),
      groups.contains(where: { $0.count >= 3 }),
      !groups.contains(where: { $0.count == 4 && (1900...2100).contains(Int($0) ?? 0) }),
      next >= tokens.count || tokens[next].text != "%"
    else { return nil }
    return Parsed(
      integer: Self.canonical(integer: digits, fraction: "", exponent: 0), fraction: "",
      exponent: 0, kind: .cardinal, end: next)
  }

  /// Parses the number that starts at token `start`, if one does.
  func parse(at start: Int) -> Parsed? {
    let token = tokens[start]
    var parsed: Parsed
    if let time = parseTime(at: start) {
      return time
    }
    if token.kind == .number, let phone = parsePhone(at: start) {
      return phone
    }
    if token.kind == .number {
      parsed = parseDigits(at: start)
    } else if token.kind == .word, let value = NumberWords.value(of: token.lower) {
      parsed = Parsed(
        integer: String(value), fraction: "", exponent: 0, kind: .word, end: start + 1)
    } else if token.kind == .word, let exponent = NumberWords.bareMultipliers[token.lower] {
      // "на мільйон жителів", "a million people": one million, which another edition may give
      // in digits ("per 1 million").
      return Parsed(integer: "1", fraction: "", exponent: exponent, kind: .word, end: start + 1)
    } else {
      return nil
    }
    var next = parsed.end
    if parsed.kind != .word, next < tokens.count, tokens[next].gapBefore.isEmpty,
      tokens[next].kind == .word, let exponent = abbreviatedMultiplier(at: next, number: start)
    {
      // £2.4m, $1.7bn, 500k: an abbreviated multiplier glued to the number.
      parsed.exponent = exponent
      next += 1
    } else if next < tokens.count, tokens[next].gapBefore.count <= 1 {
      let word = tokens[next]
      if let exponent = NumberWords.multiplierExponent(of: word.lower), word.kind == .word {
        parsed.exponent = exponent
        next += 1
        if next < tokens.count, tokens[next].text == ".", tokens[next].gapBefore.isEmpty {
          next += 1
        }
      } else if parsed.kind != .word, word.text == "-", word.gapBefore.isEmpty,
        next + 1 < tokens.count, tokens[next + 1].kind == .word,
        tokens[next + 1].gapBefore.isEmpty,
        let exponent = NumberWords.multiplierStems.first(where: {
          tokens[next + 1].lower.hasPrefix($0.0)
        })?.1
      {
        // 20-мільйонний, 20-миллионного: a compound adjective of the multiplier ("a 20
        // million loan").
        parsed.exponent = exponent
        next += 2
      }
    }
    if next < tokens.count {
      let word = tokens[next]
      if word.text == "%" || (word.kind == .word && NumberWords.isPercentWord(word.lower)) {
        parsed.kind = .percent
        next += 1
      } else if parsed.kind != .word, isOrdinalSuffix(at: next) {
        parsed.kind = .ordinal
        next += tokens[next].kind == .symbol ? 2 : 1
      }
    }
    parsed.end = next
    if parsed.kind == .cardinal, parsed.exponent == 0, start >= 1,
      tokens[start].gapBefore.count == 1,
      tokens[start - 1].kind == .word, start < 2 || tokens[start - 2].kind != .number,
      let exponent = NumberWords.multiplierExponent(of: tokens[start - 1].lower)
    {
      // "тисяч 100", "тысяч 100": colloquial Ukrainian and Russian put the multiplier first
      // for a rough figure ("about 100 thousand").
      parsed.exponent = exponent
    }
    if parsed.kind == .cardinal, parsed.exponent == 0, parsed.fraction.isEmpty,
      parsed.integer.count == 4, let year = Int(parsed.integer), (1900...2100).contains(year)
    {
      parsed.kind = .year
      if year % 10 == 0, year % 100 != 0, next < tokens.count, tokens[next].gapBefore.isEmpty,
        tokens[next].kind == .word, tokens[next].lower == "s"
      {
        // The 1980s: Ukrainian and Russian write the decade as 80-ті, 80-х, 80-е.
        parsed.decade = String(year % 100)
        parsed.end = next + 1
      }
    }
    return parsed
  }

  /// Reads a time of day at `start`: `H:MM` (0–24 hours), or `H`, `H.MM`, `H:MM` followed by
  /// am/pm (`7 pm`, `3.15pm`, `9 a.m.`). The key is the 24-hour time, `19:00`; the integer part
  /// carries the hour so that the anchor also reads as that number where nothing else does.
  func parseTime(at start: Int) -> Parsed? {
    let token = tokens[start]
    if token.kind == .word, let hour = NumberWords.value(of: token.lower), (1...12).contains(hour),
      start >= 1, Self.hourPrepositions.contains(tokens[start - 1].lower),
      start + 1 < tokens.count, tokens[start + 1].kind == .word,
      tokens[start + 1].gapBefore.count == 1, let evening = Self.dayParts[tokens[start + 1].lower]
    {
      // "з п'ятої вечора", "в пять утра": an hour in words and the part of the day, after the
      // preposition a time takes ("три вечера подряд" is three evenings).
      let hour24 = evening && hour < 12 ? hour + 12 : hour
      return Parsed(
        integer: String(hour24), fraction: "", exponent: 0, kind: .time, end: start + 2,
        timeKey: "\(hour24):00")
    }
    guard token.kind == .number, token.text.count <= 2, let hour = Int(token.text), hour <= 24
    else { return nil }
    var next = start + 1
    var minute: Int?
    var separator: String?
    if next + 1 < tokens.count, tokens[next].kind == .symbol,
      [":", "."].contains(tokens[next].text),
      tokens[next].gapBefore.isEmpty, tokens[next + 1].kind == .number,
      tokens[next + 1].gapBefore.isEmpty, tokens[next + 1].text.count == 2,
      let value = Int(tokens[next + 1].text), value < 60
    {
      minute = value
      separator = tokens[next].text
      next += 2
    }
    var hour24 = hour
    if minute == nil, next < tokens.count, tokens[next].kind == .word,
      tokens[next].gapBefore.count == 1, hour >= 1, hour <= 12,
      let evening = Self.dayParts[tokens[next].lower]
    {
      // "о 7 вечора", "в 6 утра": the hour and the part of the day.
      hour24 = evening && hour < 12 ? hour + 12 : hour
      next += 1
    } else if let (isPM, end) = meridiem(at: next), hour >= 1, hour <= 12 {
      hour24 = isPM ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
      next = end
    } else {
      // Without am/pm only H:MM is a time; H.MM is a decimal fraction (3.15 million).
      guard separator == ":", hour <= 23 || minute == 0 else { return nil }
      if next < tokens.count, tokens[next].kind == .number, tokens[next].gapBefore.isEmpty {
        return nil
      }
    }
    let key = "\(hour24):" + (minute.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00")
    return Parsed(
      integer: String(hour24), fraction: "", exponent: 0, kind: .time, end: next, timeKey: key)
  }

  /// Ukrainian and Russian words for a part of the day after an hour, and whether they move it
  /// to the afternoon: "7 вечора" is 19:00, "6 ранку" 6:00. ("3 дня", "2 ночі" are left out:
  /// they also mean "3 days", "2 nights".)
  static let dayParts: [String: Bool] = [
    "ранку": false, "утра": false, "вечора": true, "вечера": true,
  ]

  /// The prepositions before an hour written in words ("о п'ятій", "з п'ятої", "до пяти",
  /// "в пять", "около семи").
  static let hourPrepositions: Set<String> = [
    "о", "об", "з", "із", "зі", "до", "після", "близько", "на", "в", "во", "с", "со", "к",
    "около", "после",
  ]

  /// Whether the tokens at `index` say am or pm (`pm`, `PM`, `p.m.`, `a. m.`), and where they
  /// end.
  func meridiem(at index: Int) -> (isPM: Bool, end: Int)? {
    guard index < tokens.count, tokens[index].kind == .word, tokens[index].gapBefore.count <= 1
    else { return nil }
    let word = tokens[index].lower
    if word == "am" || word == "pm" {
      var end = index + 1
      if end < tokens.count, tokens[end].text == ".", tokens[end].gapBefore.isEmpty { end += 1 }
      return (word == "pm", end)
    }
    guard word == "a" || word == "p", index + 2 < tokens.count, tokens[index + 1].text == ".",
      tokens[index + 1].gapBefore.isEmpty, tokens[index + 2].lower == "m",
      tokens[index + 2].gapBefore.count <= 1
    else { return nil }
    var end = index + 3
    if end < tokens.count, tokens[end].text == ".", tokens[end].gapBefore.isEmpty { end += 1 }
    return (word == "p", end)
  }

  /// The power of ten of an abbreviated multiplier glued to a number at token `index`: `bn`,
  /// `mn`, `tn` always; `m`, `b`, `k` only after a currency sign (`£75m`, not `75m` of height).
  func abbreviatedMultiplier(at index: Int, number start: Int) -> Int? {
    let word = tokens[index].lower
    if index + 1 < tokens.count, tokens[index + 1].gapBefore.isEmpty,
      tokens[index + 1].kind != .symbol
    {
      return nil
    }
    switch word {
    case "bn", "bln": return 9
    case "mn", "mln": return 6
    case "tn", "trn": return 12
    case "m", "b", "k":
      guard start >= 1, tokens[start].gapBefore.isEmpty,
        ["$", "£", "€", "₴", "₽", "¥"].contains(tokens[start - 1].text)
      else { return nil }
      return word == "m" ? 6 : word == "b" ? 9 : 3
    default: return nil
    }
  }

  /// Reads digits with their thousands groups and decimal fraction.
  func parseDigits(at start: Int) -> Parsed {
    var integer = tokens[start].text
    var fraction = ""
    var mayGroup = false
    var grouped = false
    var next = start + 1
    if integer.count <= 3 {
      while next < tokens.count, tokens[next].kind == .number, tokens[next].text.count == 3,
        tokens[next].isGroupingGap, !tokens[next].gapBefore.isEmpty,
        next + 1 >= tokens.count || !tokens[next + 1].gapBefore.isEmpty
          || tokens[next + 1].kind == .symbol
      {
        integer += tokens[next].text
        next += 1
      }
    }
    while next + 1 < tokens.count, tokens[next].kind == .symbol, tokens[next].gapBefore.isEmpty,
      tokens[next + 1].kind == .number, tokens[next + 1].gapBefore.isEmpty
    {
      let separator = tokens[next].text
      let digits = tokens[next + 1].text
      if separator == ",", commaGroupsThousands(digits: digits, after: grouped, at: next) {
        integer += digits
        grouped = true
        next += 2
      } else if separator == "," || separator == "." {
        fraction = digits
        next += 2
        mayGroup =
          separator == "," && digits.count == 3 && integer.count <= 3
          && (language == .uk || language == .ru)
        break
      } else {
        break
      }
    }
    return Parsed(
      integer: integer, fraction: fraction, exponent: 0, kind: .cardinal, end: next,
      fractionMayGroup: mayGroup)
  }

  /// Whether the comma at token `index`, before `digits`, groups thousands: in English when
  /// three digits follow; in Ukrainian and Russian, where a comma is the decimal sign, only when
  /// a second comma with three digits follows too (1,250,000), which no fraction has, or one
  /// did before (`grouped`).
  func commaGroupsThousands(digits: String, after grouped: Bool, at index: Int) -> Bool {
    guard digits.count == 3 else { return false }
    switch language {
    case .uk?, .ru?:
      let after = index + 2
      return after + 1 < tokens.count && tokens[after].text == ","
        && tokens[after].gapBefore.isEmpty && tokens[after + 1].kind == .number
        && tokens[after + 1].gapBefore.isEmpty && tokens[after + 1].text.count == 3
        || grouped
    default: return true
    }
  }

  func isOrdinalSuffix(at index: Int) -> Bool {
    let token = tokens[index]
    if token.kind == .word, token.gapBefore.isEmpty {
      return ["st", "nd", "rd", "th"].contains(token.lower)
    }
    guard token.kind == .symbol, token.text == "-", token.gapBefore.isEmpty,
      index + 1 < tokens.count
    else { return false }
    let suffix = tokens[index + 1]
    return suffix.kind == .word && suffix.gapBefore.isEmpty
      && NumberWords.ordinalSuffixes.contains(suffix.lower)
  }

  /// The canonical decimal string of `integer.fraction × 10^exponent`.
  static func canonical(integer: String, fraction: String, exponent: Int) -> String {
    let digits = Array(integer + fraction)
    let point = integer.count + exponent
    var whole: String
    var decimals: String
    if point >= digits.count {
      whole = String(digits) + String(repeating: "0", count: point - digits.count)
      decimals = ""
    } else {
      whole = String(digits[..<point])
      decimals = String(digits[point...])
    }
    while whole.count > 1, whole.first == "0" { whole.removeFirst() }
    if whole.isEmpty { whole = "0" }
    while decimals.last == "0" { decimals.removeLast() }
    return decimals.isEmpty ? whole : whole + "." + decimals
  }
}
