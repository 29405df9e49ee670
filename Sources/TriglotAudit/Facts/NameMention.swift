import TriglotText

/// One word of a proper name found in a paragraph, with the key it matches by across editions
/// and grammatical cases (`Кушнерської`, `Kushnerska` and `Кушнерская` share a key).
public struct NameMention: Sendable, Hashable {
  /// The whole name as written ("Наталії Кушнерської").
  public var name: String
  /// The word of the name this mention is about ("Кушнерської").
  public var word: String
  /// The word's cross-language key (``NameKey/key``): equal keys always denote one name.
  public var key: String
  /// Every key under which the word can be found (``NameKey/keys``): its stems with and
  /// without case endings and its name-table entries. Two words sharing one are the same name.
  public var keys: Set<String>
  /// The word's ``NameKey``, for similarity checks.
  public var nameKey: NameKey

  /// Creates a mention with the given keys.
  public init(name: String, word: String, key: String, keys: Set<String>) {
    self.init(name: name, word: word, nameKey: NameKey(word))
    self.key = key
    self.keys = keys
  }

  /// Creates a mention of `word`, part of `name`, keyed by `nameKey` (by default computed).
  public init(name: String, word: String, nameKey: NameKey? = nil) {
    let nameKey = nameKey ?? NameKey(word)
    self.name = name
    self.word = word
    self.nameKey = nameKey
    self.key = nameKey.key
    self.keys = Set(nameKey.keys)
  }
}
