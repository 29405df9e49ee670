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

  /// The entry's identifier and the `NameKey.key` of all its spellings: `#` followed by the first
  /// English spelling in lower case with spaces as underscores (`#kyiv`, `#bila_tserkva`).
  public var id: String {
    "#" + String(english[0].lowercased().map { $0 == " " ? "_" : $0 })
  }

  /// Every spelling of the entry, Ukrainian first, then Russian, then English.
  public var allSpellings: [String] { ukrainian + russian + english }

  /// Creates an entry; each list holds at least one spelling.
  public init(kind: Kind, ukrainian: [String], russian: [String], english: [String]) {
    precondition(!ukrainian.isEmpty && !russian.isEmpty && !english.isEmpty)
    self.kind = kind
    self.ukrainian = ukrainian
    self.russian = russian
    self.english = english
  }
}
