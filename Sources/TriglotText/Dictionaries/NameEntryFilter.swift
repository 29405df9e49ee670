/// Which dictionary entries can be part of a name (``HunspellStemmer/EntrySelection/names``): a
/// capitalized entry, or a common word that starts like a Cyrillic word of the name table's
/// multi-word names and adjectives less its ending (сполуче… for Сполучені Штати, українськ…
/// for український).
struct NameEntryFilter: Sendable {
  /// The filter for `NameEquivalents`.
  static let shared = NameEntryFilter(NameEquivalents.all)

  /// The prefixes (lower-case UTF-8) by their first four bytes, two Cyrillic letters.
  private let prefixes: [UInt32: [[UInt8]]]

  init(_ entries: [NameEquivalent]) {
    var prefixes: [UInt32: [[UInt8]]] = [:]
    for entry in entries {
      let words =
        entry.allSpellings.filter { NameSkeleton.words(of: $0).count > 1 } + entry.adjectives
      for word in words.flatMap({ NameSkeleton.words(of: $0) }) {
        let letters = Array(word.lowercased())
        guard letters.count >= 3, letters.contains(where: \.isCyrillic) else { continue }
        let prefix = Array(String(letters.prefix(max(3, letters.count - 2))).utf8)
        let head = Self.head(prefix[...])
        if !(prefixes[head]?.contains(prefix) ?? false) {
          prefixes[head, default: []].append(prefix)
        }
      }
    }
    self.prefixes = prefixes
  }

  /// Whether the entry whose word has these UTF-8 bytes is kept.
  func keeps(_ word: ArraySlice<UInt8>) -> Bool {
    guard let first = word.first else { return false }
    if (0x41...0x5A).contains(first) { return true }
    let second = word.dropFirst().first ?? 0
    if first == 0xD0 && (0x80...0xAF).contains(second) { return true }  // А–Я, Ё Є І Ї
    if first == 0xD2 && second == 0x90 { return true }  // Ґ
    guard word.count >= 4, let candidates = prefixes[Self.head(word)] else { return false }
    return candidates.contains { word.starts(with: $0) }
  }

  private static func head(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
  }
}

extension Character {
  fileprivate var isCyrillic: Bool {
    unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
  }
}
