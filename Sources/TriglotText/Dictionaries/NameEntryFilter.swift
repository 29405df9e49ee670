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
  ///
  /// Called once per line of a dictionary of several hundred thousand entries, so it reads
  /// bytes by index rather than through `prefix`, `dropFirst` and `starts(with:)`, whose
  /// generic code dominates the loading time of an unoptimized (test) build.
  func keeps(_ word: ArraySlice<UInt8>) -> Bool {
    let start = word.startIndex
    let count = word.count
    guard count > 0 else { return false }
    let first = word[start]
    if first >= 0x41 && first <= 0x5A { return true }
    let second = count > 1 ? word[start + 1] : 0
    if first == 0xD0 && second >= 0x80 && second <= 0xAF { return true }  // А–Я, Ё Є І Ї
    if first == 0xD2 && second == 0x90 { return true }  // Ґ
    guard count >= 4 else { return false }
    let head =
      UInt32(first) << 24 | UInt32(second) << 16 | UInt32(word[start + 2]) << 8
      | UInt32(word[start + 3])
    guard let candidates = prefixes[head] else { return false }
    for prefix in candidates where prefix.count <= count {
      var index = 4
      while index < prefix.count && prefix[index] == word[start + index] { index += 1 }
      if index >= prefix.count { return true }
    }
    return false
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
