/// Triglot's Ukrainian–Russian–English table of first names and places.
///
/// The table is what lets `NameKey` match forms whose letters differ too much for the phonetic
/// skeleton alone (Олександр, Александр, Alexander; Київ, Киев, Kyiv, Kiev; Дніпро, Днепр). The
/// facts are written out in `NameEquivalents+GivenNames.swift` and
/// `NameEquivalents+Places.swift`, one entry per line: Ukrainian spellings, Russian spellings and
/// English spellings separated by `|`, alternatives within a language separated by commas.
public enum NameEquivalents {
  /// Every entry: the first names, then the places.
  public static let all: [NameEquivalent] =
    parse(givenNameLines, kind: .givenName) + parse(placeLines, kind: .place)

  /// The entries of one kind.
  public static func entries(_ kind: NameEquivalent.Kind) -> [NameEquivalent] {
    all.filter { $0.kind == kind }
  }

  private static func parse(_ lines: String, kind: NameEquivalent.Kind) -> [NameEquivalent] {
    lines.split(separator: "\n").map { line in
      let columns = line.split(separator: "|", omittingEmptySubsequences: false).map { column in
        column.split(separator: ",").map(trimmed).filter { !$0.isEmpty }
      }
      precondition(columns.count == 3, "name table line needs uk | ru | en: \(line)")
      return NameEquivalent(
        kind: kind, ukrainian: columns[0], russian: columns[1], english: columns[2])
    }
  }

  private static func trimmed(_ text: Substring) -> String {
    String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
