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
/// surname, a place) is keyed once.
struct NameKeyMemo {
  private var keys: [String: NameKey] = [:]

  /// The key of `word`, computed on first use.
  mutating func key(_ word: String) -> NameKey {
    if let known = keys[word] { return known }
    let key = NameKey(word)
    keys[word] = key
    return key
  }
}
