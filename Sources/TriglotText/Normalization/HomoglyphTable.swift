/// Latin and Cyrillic letters that look the same in ordinary fonts.
///
/// Only pairs that are indistinguishable in upright text are listed (so `к`/`k`, `в`/`b`, `н`/`h`,
/// `т`/`m` are not: their lower-case forms differ visibly). Letters of other Cyrillic alphabets
/// (Serbian `ј`, Macedonian `ѕ`) are left out because repairing towards them would put a letter
/// into a Ukrainian or Russian word that neither language has.
enum HomoglyphTable {
  /// (Latin, Cyrillic) pairs.
  static let pairs: [(latin: Unicode.Scalar, cyrillic: Unicode.Scalar)] = [
    ("a", "\u{430}"), ("c", "\u{441}"), ("e", "\u{435}"), ("i", "\u{456}"), ("o", "\u{43E}"),
    ("p", "\u{440}"), ("x", "\u{445}"), ("y", "\u{443}"), ("\u{EF}", "\u{457}"),
    ("\u{EB}", "\u{451}"),
    ("A", "\u{410}"), ("B", "\u{412}"), ("C", "\u{421}"), ("E", "\u{415}"), ("H", "\u{41D}"),
    ("I", "\u{406}"), ("K", "\u{41A}"), ("M", "\u{41C}"), ("O", "\u{41E}"), ("P", "\u{420}"),
    ("T", "\u{422}"), ("X", "\u{425}"), ("Y", "\u{423}"), ("\u{CF}", "\u{407}"),
    ("\u{CB}", "\u{401}"),
  ]

  private static let cyrillicForLatin: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
    uniqueKeysWithValues: pairs.map { ($0.latin, $0.cyrillic) })
  private static let latinForCyrillic: [Unicode.Scalar: Unicode.Scalar] = Dictionary(
    uniqueKeysWithValues: pairs.map { ($0.cyrillic, $0.latin) })

  /// Whether `scalar`, its lower-case or its upper-case form has a look-alike in the other
  /// script (`b` does, through `B`).
  static func hasLookAlike(inAnyCase scalar: Unicode.Scalar) -> Bool {
    if cyrillicForLatin[scalar] != nil || latinForCyrillic[scalar] != nil { return true }
    for mapped in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
      let scalars = mapped.unicodeScalars
      guard scalars.count == 1, let other = scalars.first, other != scalar else { continue }
      if cyrillicForLatin[other] != nil || latinForCyrillic[other] != nil { return true }
    }
    return false
  }

  /// The look-alike of `scalar` in `script`, or nil when it has none.
  static func lookAlike(of scalar: Unicode.Scalar, in script: Unicode.Scalar.LetterScript)
    -> Unicode.Scalar?
  {
    switch script {
    case .latin: latinForCyrillic[scalar]
    case .cyrillic: cyrillicForLatin[scalar]
    case .other: nil
    }
  }
}
