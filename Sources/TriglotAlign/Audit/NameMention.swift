/// One word of a proper name found in a paragraph, with the key it matches by across editions
/// and grammatical cases (`Кушнерської`, `Kushnerska` and `Кушнерская` share a key).
public struct NameMention: Sendable, Hashable {
  /// The whole name as written ("Наталії Кушнерської").
  public var name: String
  /// The word of the name this mention is about ("Кушнерської").
  public var word: String
  /// The word's cross-language key.
  public var key: String

  /// Creates a mention.
  public init(name: String, word: String, key: String) {
    self.name = name
    self.word = word
    self.key = key
  }
}
