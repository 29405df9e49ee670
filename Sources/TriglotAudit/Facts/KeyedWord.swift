import TriglotText

/// A word of a paragraph with its ``NameKey``, computed once per distinct word of an article
/// (``NameKeyMemo``) and carried in ``ParagraphFacts/words`` so that no rule keys a word again.
public struct KeyedWord: Sendable, Hashable {
  /// The word as written ("Будановим").
  public var text: String
  /// Its cross-language name key.
  public var key: NameKey

  /// Creates a keyed word.
  public init(text: String, key: NameKey) {
    self.text = text
    self.key = key
  }
}

/// The name keys of the words seen so far in one article: a word met in many paragraphs (a
/// surname, a place) is keyed once per edition language.
struct NameKeyMemo {
  private struct Entry: Hashable {
    var word: String
    var language: Language?
  }

  private var keys: [Entry: NameKey] = [:]

  /// The key of `word` written in `language` (nil when unknown), computed on first use.
  mutating func key(_ word: String, language: Language?) -> NameKey {
    let entry = Entry(word: word, language: language)
    if let known = keys[entry] { return known }
    let key = NameKey(word, language: language)
    keys[entry] = key
    return key
  }
}
