/// One person's first name or one place, with its Ukrainian, Russian and English spellings:
/// an entry of `NameEquivalents`. Every spelling of an entry gets the same `NameKey`.
public struct NameEquivalent: Sendable, Hashable {
  /// What the entry names.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A first (given) name: Кирило, Кирилл, Kyrylo, Kirill.
    case givenName
    /// A city, region, river, country or other place: Харків, Харьков, Kharkiv, Kharkov.
    case place
  }

  /// What the entry names.
  public let kind: Kind
  /// The Ukrainian spellings, the standard one first (Ганна, Анна).
  public let ukrainian: [String]
  /// The Russian spellings, the standard one first (Пётр, Петр).
  public let russian: [String]
  /// The English and romanized spellings in use, the official Ukrainian one first where there
  /// is one (Kyiv, Kiev).
  public let english: [String]
  /// The adjectives and demonyms of a place in the three languages, Ukrainian first
  /// (український, украинский, Ukrainian): words that name the place without spelling it. They
  /// key to the entry too, in their dictionary form (українського → український).
  public let adjectives: [String]

  /// The entry's identifier and the `NameKey.key` of all its spellings: `#` followed by the first
  /// English spelling in lower case with spaces as underscores (`#kyiv`, `#bila_tserkva`).
  public var id: String {
    "#" + String((english.first ?? "").lowercased().map { $0 == " " ? "_" : $0 })
  }

  /// Every spelling of the entry, Ukrainian first, then Russian, then English.
  public var allSpellings: [String] { ukrainian + russian + english }

  /// Creates an entry; each list of spellings should hold at least one (the first English one
  /// makes the ``id``).
  public init(
    kind: Kind, ukrainian: [String], russian: [String], english: [String],
    adjectives: [String] = []
  ) {
    self.kind = kind
    self.ukrainian = ukrainian
    self.russian = russian
    self.english = english
    self.adjectives = adjectives
  }
}

extension NameEquivalent {
  /// A first-name entry of the table: Ukrainian, Russian and English spellings.
  static func givenName(_ ukrainian: [String], _ russian: [String], _ english: [String]) -> Self {
    Self(kind: .givenName, ukrainian: ukrainian, russian: russian, english: english)
  }

  /// A place entry of the table: Ukrainian, Russian and English spellings, and the place's
  /// adjectives and demonyms in the three languages.
  static func place(
    _ ukrainian: [String], _ russian: [String], _ english: [String], adjectives: [String] = []
  ) -> Self {
    Self(
      kind: .place, ukrainian: ukrainian, russian: russian, english: english,
      adjectives: adjectives)
  }
}
