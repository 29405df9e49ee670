/// Builds the aggressive comparison key of ``NormalizationMode/matching`` from display-normalized
/// scalars.
enum MatchingKey {
  /// NFKC_Casefold, apostrophes removed, quotes and dashes unified, combining acute U+0301
  /// removed, `ё` → `е`, and white space collapsed to single spaces with none at either end.
  ///
  /// The acute is removed from the canonical decomposition (NFD), so a stress mark goes even
  /// where NFC had composed it with its letter (`ќ` → `ќ`), and a Latin `é` becomes `e`.
  /// Apostrophes are removed before NFKC_Casefold too, which would turn U+00B4 into a space and
  /// a combining acute.
  ///
  /// - Complexity: O(*n*), with one ICU call, or two when the text has letters that may hide an
  ///   acute.
  static func make(from scalars: [Unicode.Scalar]) throws(ICUError) -> String {
    var text = String(_scalars: scalars)
    if scalars.contains(where: mayHoldAnAcute) {
      text = try ICUNormalizer.normalize(text, to: .nfd)
    }
    let prepared = String(
      _scalars: text.unicodeScalars.lazy.filter { !isApostrophe($0) && $0 != "\u{301}" })
    let folded = try ICUNormalizer.normalize(prepared, to: .nfkcCasefold)
    var key: [Unicode.Scalar] = []
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if scalar._isWhitespace {
        pendingSpace = !key.isEmpty
        continue
      }
      if isApostrophe(scalar) || scalar == "\u{301}" { continue }
      if pendingSpace {
        key.append(" ")
        pendingSpace = false
      }
      key.append(unified(scalar))
    }
    return String(_scalars: key)
  }

  /// `scalar` without the acute it is or holds (`á` → `a`, `ќ` → `к`, U+0301 → nothing), or nil
  /// when it has none.
  static func withoutAcute(_ scalar: Unicode.Scalar) throws(ICUError) -> [Unicode.Scalar]? {
    if scalar == "\u{301}" { return [] }
    guard mayHoldAnAcute(scalar) else { return nil }
    let decomposed = try ICUNormalizer.normalize(String(scalar), to: .nfd).unicodeScalars
    guard decomposed.contains("\u{301}") else { return nil }
    return decomposed.filter { $0 != "\u{301}" }
  }

  /// Whether a scalar may hide an acute in its canonical decomposition (`é`, `ќ`, Greek tonos),
  /// so that the text needs NFD before acutes are removed. ASCII, basic Cyrillic other than
  /// `ѓ ќ Ѓ Ќ`, and common punctuation never do, which spares most texts an ICU call.
  private static func mayHoldAnAcute(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x403, 0x40C, 0x453, 0x45C: true
    case 0..<0xC0, 0x400...0x4FF, 0x2000...0x206F, 0x20A0...0x20CF: false
    default: true
    }
  }

  /// Apostrophe variants, including the single quotation marks used as apostrophes: the key
  /// drops them all.
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x27, 0x60, 0xB4, 0x2B9, 0x2BB, 0x2BC, 0x2018, 0x2019, 0x201B, 0xFF07: true
    default: false
    }
  }

  /// Quotation marks become `"`, dashes and minus signs `-`, `ё` becomes `е`.
  private static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x22, 0xAB, 0xBB, 0x201A, 0x201C...0x201F, 0x2039, 0x203A, 0x2E42, 0x301D...0x301F,
      0xFF02:
      "\""
    case 0x2010...0x2015, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D:
      "-"
    case 0x451:
      "\u{435}"
    default:
      scalar
    }
  }
}
