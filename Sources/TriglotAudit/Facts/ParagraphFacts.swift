import TriglotText

/// What the audit rules need to know about one paragraph: its text, whether it is boilerplate, its
/// detected language, and the values it states.
///
/// ``ArticleAudit`` extracts these from an edition's text; tests build them by hand.
public struct ParagraphFacts: Sendable, Hashable {
  /// The paragraph's text.
  public var text: String
  /// Whether the paragraph is boilerplate (navigation, photo credit, promo) rather than article
  /// text. Rules skip boilerplate; coverage leaves it out.
  public var isBoilerplate: Bool
  /// The language the paragraph is written in, when it could be told (`nil` for too little text).
  public var language: Language?
  /// The numbers the paragraph states, dates excluded.
  public var numbers: [AuditValue]
  /// Numbers the paragraph gives in a weaker form, which answer a number another edition
  /// states but demand nothing of the others: numbers in words ("seven", "семеро", "три": "one
  /// of" rarely has a counterpart), the hour of a whole-hour time (`9 p.m.` answers `21` and
  /// `9`), and a whole number from 0 to 24 as a whole hour of the morning or the evening
  /// (`з 9 до 21` answers `9 a.m.–9 p.m.`, `о 7` answers `7 pm`).
  public var numberAnswers: [AuditValue] = []
  /// The dates the paragraph states.
  public var dates: [AuditValue]
  /// The words of the names of people and places; keys match across editions and cases.
  public var names: [NameMention]
  /// The words of the paragraph (``words(of:)``) with their name keys, in text order.
  public var words: [KeyedWord]
  /// Every ``NameKey`` key of every word of the paragraph, capitalized or not, so that a name
  /// counts as present even where it starts a sentence or is used as an adjective.
  public var wordKeys: Set<String>
  /// Words that mix Latin and Cyrillic look-alike letters; the key is the repaired word.
  public var mixedScriptWords: [AuditValue]

  /// Creates the facts of one paragraph.
  public init(
    text: String, isBoilerplate: Bool = false, language: Language? = nil,
    numbers: [AuditValue] = [], dates: [AuditValue] = [], names: [NameMention] = [],
    mixedScriptWords: [AuditValue] = []
  ) {
    var memo = NameKeyMemo()
    self.init(
      text: text, isBoilerplate: isBoilerplate, language: language, numbers: numbers,
      dates: dates, names: names, mixedScriptWords: mixedScriptWords, edition: language,
      memo: &memo)
  }

  /// Creates the facts of one paragraph of the `edition` edition, keying its words through the
  /// article's `memo`.
  init(
    text: String, isBoilerplate: Bool, language: Language?, numbers: [AuditValue],
    dates: [AuditValue], names: [NameMention], mixedScriptWords: [AuditValue],
    edition: Language?, memo: inout NameKeyMemo
  ) {
    self.text = text
    self.isBoilerplate = isBoilerplate
    self.language = language
    self.numbers = numbers
    self.dates = dates
    self.names = names
    let words = Self.words(of: text).map {
      KeyedWord(text: $0, key: memo.key($0, language: edition))
    }
    self.words = words
    self.wordKeys = Set(words.flatMap(\.key.keys))
    self.mixedScriptWords = mixedScriptWords
  }

  /// The paragraph's length in characters, the measure coverage and `partial` use.
  public var length: Int { text.count }

  /// The words of `text`: runs of letters, apostrophes between letters included.
  static func words(of text: String) -> [String] {
    text.split { !($0.isLetter || $0 == "'" || $0 == "’") }.map(String.init)
      .filter { $0.count >= 2 }
  }
}
