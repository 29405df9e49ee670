import Foundation
import TriglotText

/// Recognizes boilerplate paragraphs: the navigation, captions, promos, bylines, share prompts,
/// tag lines and site notices that a scraped or pasted page carries around the article in all
/// three languages.
///
/// The rules look at the paragraph alone (``kind(of:)``) or, for what only its neighbours give
/// away, at the paragraphs in order (``kinds(of:declared:)``: menus pasted one entry per line,
/// the headlines under "Read also", the tags under "Tags:"). Their words and phrases are data, a
/// table per language in ``BoilerplatePhrases``. A paragraph that merely mentions Telegram or a
/// photo is article text; a short paragraph that invites readers to subscribe, or that ends in
/// a photo credit, is not.
public struct BoilerplateDetector: Sendable {
  let vocabulary: BoilerplateVocabulary

  /// Creates a detector with every table of ``BoilerplatePhrases/all``.
  public init() {
    vocabulary = .standard
  }

  /// Creates a detector with the given tables.
  public init(phrases: [BoilerplatePhrases]) {
    vocabulary = BoilerplateVocabulary(phrases)
  }

  /// The kind of boilerplate `paragraph` is, or nil for article text.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  public func kind(of paragraph: String) -> BoilerplateKind? {
    let trimmed = paragraph.trimmingPrefix(while: \.isWhitespace)
    guard !trimmed.isEmpty else { return nil }
    let head = Self.folded(trimmed.prefix(40))
    if vocabulary.readAlsoOpenings.contains(where: head.hasPrefix) { return .readAlso }
    if isReadMorePointer(head, trimmed) { return .readAlso }
    if vocabulary.tagOpenings.contains(where: head.hasPrefix) { return .tags }
    if vocabulary.captionOpenings.contains(where: head.hasPrefix) { return .caption }
    if isCaptionCredit(trimmed) { return .caption }
    guard trimmed.utf8.count <= 400 else { return nil }
    let lower = Self.folded(trimmed)
    if isLabel(lower, in: vocabulary.relatedLabels) { return .readAlso }
    if isLanguageSwitcher(lower) || isMenuLine(lower)
      || isLabel(lower, in: vocabulary.interfaceLabels)
    {
      return .navigation
    }
    if isDateline(lower) || isByline(lower) { return .byline }
    if isShare(lower) { return .share }
    if isPromo(lower) { return .promo }
    if isNotice(lower) { return .notice }
    return nil
  }

  /// The kind of boilerplate `paragraph` is, given what its page declares it to be (HTML and
  /// Markdown editions): a caption (`<figcaption>`) is always one, whatever its text.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  public func kind(of paragraph: String, declared: ParagraphKind?) -> BoilerplateKind? {
    declared == .caption ? .caption : kind(of: paragraph)
  }

  /// Lower case, with ’ and ʼ read as '.
  static func folded(_ text: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      scalars.append(scalar == "’" || scalar == "ʼ" ? "'" : scalar)
    }
    return String(scalars)
  }

  /// The words of a line, split at white space and the separators of menus and share bars.
  ///
  /// Split by scalars, not characters: every short paragraph of an article is split several
  /// times, and a character's properties cost a grapheme-breaking walk each.
  func words(_ lower: String) -> [Substring] {
    lower.unicodeScalars.split { $0.properties.isWhitespace || Self.wordSeparators.contains($0) }
      .map(Substring.init)
  }

  private static let wordSeparators: Set<Unicode.Scalar> = [
    "|", "/", "·", "•", ",", ".", "!", ":", "»", "›",
  ]

  private func isReadMorePointer(_ head: String, _ text: Substring) -> Bool {
    guard text.count <= 250, vocabulary.readMoreOpenings.contains(where: head.hasPrefix) else {
      return false
    }
    let lower = Self.folded(text)
    return vocabulary.readingCalls.contains { lower.contains($0) }
  }

  /// A paragraph that is one label alone ("Найпопулярніше", "Comments (12)", "Теги:"), with a
  /// count or a colon after it at most.
  func isLabel(_ lower: String, in labels: Set<String>) -> Bool {
    guard lower.count <= 60 else { return false }
    var label = Substring(lower)
    if label.last == ")", let open = label.lastIndex(of: "("),
      label[label.index(after: open)..<label.index(before: label.endIndex)].allSatisfy(\.isNumber)
    {
      label = label[..<open]
    }
    let trimmed = label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":…")))
    return labels.contains(trimmed)
  }

  private func isLanguageSwitcher(_ lower: String) -> Bool {
    guard lower.count <= 40 else { return false }
    let parts = words(lower)
    return (2...8).contains(parts.count)
      && parts.allSatisfy { vocabulary.languageCodes.contains(String($0)) }
  }

  /// A line of two or more menu entries ("Головна › Війна", "Log in | Register", "About |
  /// Advertising | Contacts"), language codes allowed among them.
  func isMenuLine(_ lower: String) -> Bool {
    guard lower.count <= 200, let entries = menuEntries(lower) else { return false }
    return entries >= 2
  }

  /// How many menu entries `lower` is made of, read greedily (longest entry first), or nil when
  /// some word is in no entry.
  func menuEntries(_ lower: String) -> Int? {
    let parts = words(lower).map(String.init)
    guard !parts.isEmpty else { return nil }
    var index = 0
    var entries = 0
    while index < parts.count {
      if vocabulary.languageCodes.contains(parts[index]) {
        index += 1
        entries += 1
        continue
      }
      var matched = 0
      for length in stride(
        from: min(vocabulary.longestMenuEntry, parts.count - index), to: 0, by: -1)
      where vocabulary.menuEntries.contains(parts[index..<(index + length)].joined(separator: " "))
      {
        matched = length
        break
      }
      guard matched > 0 else { return nil }
      index += matched
      entries += 1
    }
    return entries
  }

  /// A dateline: a date, a time, "updated", reading time or views, and at most a place before
  /// a comma ("Харків, 17 вересня 2025, 10:24 Оновлено: 12:05 3 хв читання", "10.10.2025 23:41
  /// | Views: 4127").
  func isDateline(_ lower: String) -> Bool {
    guard lower.count <= 120 else { return false }
    let tokenize = { (text: Substring) in
      text.split { $0.isWhitespace || ",|•·".contains($0) }.map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: ".:;()"))
      }.filter { !$0.isEmpty }
    }
    var tokens = tokenize(lower[...])
    // The place is the tokens before the first comma, counted as `tokens` counts them: a word
    // of "." alone is no token there, and counting it made removeFirst take more tokens than
    // there were (a crash the audit property test found).
    if let comma = lower.firstIndex(of: ","), case let place = tokenize(lower[..<comma]),
      place.count <= 2,
      !lower[..<comma].contains(where: \.isNumber),
      !vocabulary.datelineWords.contains(String(lower[..<comma])),
      !vocabulary.monthNames.contains(String(lower[..<comma]))
    {
      tokens.removeFirst(place.count)
    }
    guard tokens.count >= 2 else { return false }
    var digits = 0
    for token in tokens {
      if token.allSatisfy({ $0.isNumber || ".:/-–".contains($0) }) {
        if token.contains(where: \.isNumber) { digits += 1 } else { return false }
      } else if !vocabulary.monthNames.contains(token) && !vocabulary.datelineWords.contains(token)
      {
        return false
      }
    }
    return digits > 0
  }

  /// A paragraph that ends in a parenthesized photo or video credit.
  private func isCaptionCredit(_ text: Substring) -> Bool {
    let end = text.unicodeScalars.reversed().drop { $0 == " " || $0 == "." || $0 == "\n" }
    guard end.first == ")", let open = text.unicodeScalars.lastIndex(of: "(") else { return false }
    let tail = String(text.unicodeScalars[open...].prefix(30)).lowercased()
    return vocabulary.captionCredits.contains { tail.hasPrefix($0) }
  }

  private func isByline(_ lower: String) -> Bool {
    if vocabulary.bylineOpenings.contains(where: lower.hasPrefix) { return lower.count < 120 }
    return lower.hasPrefix("by ") && words(lower).count <= 5
  }

  private func isShare(_ lower: String) -> Bool {
    guard lower.count <= 80 else { return false }
    let parts = words(lower)
    if parts.count <= 10, vocabulary.shareCalls.contains(where: { lower.hasPrefix($0) }) {
      return true
    }
    return (1...6).contains(parts.count)
      && parts.allSatisfy { vocabulary.shareWords.contains(String($0)) }
  }

  private func isPromo(_ lower: String) -> Bool {
    // A site speaks of itself as "we" or asks; a reader writing "I read it on Facebook" is text.
    guard lower.count <= 200, !words(lower).contains(where: { $0 == "i" || $0 == "я" }) else {
      return false
    }
    let bytes = Array(lower.utf8)
    // The call comes first ("Підписуйтесь …", "Більше новин – у нашому Telegram"): a sentence
    // that mentions "our correspondent" and Telegram further on is news.
    let head = Array((lower.split(separator: " ").prefix(5).joined(separator: " ") + " ").utf8)
    return vocabulary.channels.contains { Self.occurs($0, in: bytes, atWordStart: false) }
      && vocabulary.promoCalls.contains { Self.occurs($0, in: head, atWordStart: true) }
  }

  /// A cookie notice, a rights or advertising notice, or a prompt to log in to comment.
  private func isNotice(_ lower: String) -> Bool {
    guard lower.count <= 300 else { return false }
    if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") {
      return true
    }
    let bytes = Array(lower.utf8)
    if vocabulary.noticePhrases.contains(where: { Self.occurs($0, in: bytes, atWordStart: true) }) {
      return true
    }
    let aboutCookies = ["cookie", "кукі", "куки"].contains {
      Self.occurs($0, in: bytes, atWordStart: false)
    }
    return aboutCookies
      && vocabulary.cookieNoticeWords.contains { Self.occurs($0, in: bytes, atWordStart: true) }
  }

  /// Whether `needle` occurs in `bytes` (UTF-8), at the start of a word when `atWordStart`.
  ///
  /// Every short paragraph is searched for each phrase of several tables, so the places where
  /// the phrase's first byte stands are found with `memchr` and compared with `memcmp`: a byte
  /// loop costs most of the detector's time in an unoptimized (test) build.
  static func occurs(_ needle: String, in bytes: [UInt8], atWordStart: Bool) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, pattern.count <= bytes.count else { return false }
    return bytes.withUnsafeBytes { haystack in
      pattern.withUnsafeBytes { pattern in
        let base = haystack.baseAddress!
        let lastStart = haystack.count - pattern.count
        var start = 0
        while start <= lastStart,
          let found = memchr(base + start, Int32(first), lastStart - start + 1)
        {
          start = base.distance(to: UnsafeRawPointer(found))
          if memcmp(found, pattern.baseAddress!, pattern.count) == 0,
            !atWordStart || start == 0 || isWordBoundary(before: start, in: bytes)
          {
            return true
          }
          start += 1
        }
        return false
      }
    }
  }

  /// Whether the character before byte `index` is no letter or digit.
  private static func isWordBoundary(before index: Int, in bytes: [UInt8]) -> Bool {
    var start = index - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let character = String(decoding: bytes[start..<index], as: UTF8.self)
    return !(character.first?.isLetter ?? false) && !(character.first?.isNumber ?? false)
  }
}
