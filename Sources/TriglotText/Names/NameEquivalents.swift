/// Triglot's Ukrainian–Russian–English table of first names and places.
///
/// The table is what lets `NameKey` match forms whose letters differ too much for the phonetic
/// skeleton alone (Олександр, Александр, Alexander; Київ, Киев, Kyiv, Kiev; Дніпро, Днепр), and
/// places with their adjectives and demonyms (Україна, український, Ukrainian). It is kept for
/// what the Hunspell dictionaries lack: they are monolingual and know how a word inflects, not
/// which Ukrainian, Russian and English words name one person or place. Inflection is theirs;
/// the table's oblique-case stems serve only the words they do not know. The
/// facts are written out in `NameEquivalents+GivenNames.swift` and
/// `NameEquivalents+Places.swift` as Swift values, one entry per line: the Ukrainian, Russian
/// and English spellings, so that a malformed row fails the build; `NameEquivalentsTests` checks
/// what the compiler cannot (no empty list, no entry twice).
public enum NameEquivalents {
  /// Every entry: the first names, then the places.
  public static let all: [NameEquivalent] = givenNames + places

  /// The entries of one kind.
  public static func entries(_ kind: NameEquivalent.Kind) -> [NameEquivalent] {
    all.filter { $0.kind == kind }
  }
}
