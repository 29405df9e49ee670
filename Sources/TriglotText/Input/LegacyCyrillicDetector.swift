/// Finds which Cyrillic legacy charset bytes that are not UTF-8 are in: windows-1251, KOI8-R or
/// KOI8-U.
///
/// ICU's detector (``ICUCharsetDetector``) ranks the charsets; its best Cyrillic guess is
/// taken when the text it gives reads as Cyrillic. ICU does not know KOI8-U, which differs from
/// KOI8-R in eight bytes that are box-drawing characters in KOI8-R and ґ є і ї (and capitals)
/// in KOI8-U: a "KOI8-R" text that uses any of them is KOI8-U.
enum LegacyCyrillicDetector {
  /// The bytes that KOI8-U maps to Ukrainian letters and KOI8-R to box drawing.
  static let koi8UkrainianBytes: Set<UInt8> = [0xA4, 0xA6, 0xA7, 0xAD, 0xB4, 0xB6, 0xB7, 0xBD]

  /// The charset of `bytes` and ICU's confidence, or nil when no Cyrillic charset fits.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  static func detect(_ bytes: [UInt8], ignoringMarkup: Bool) -> (TextEncoding, Int)? {
    guard let matches = try? ICUCharsetDetector.matches(for: bytes, ignoringMarkup: ignoringMarkup)
    else { return nil }
    for match in matches {
      guard var encoding = candidate(named: match.name) else { continue }
      if encoding == .koi8R, bytes.contains(where: koi8UkrainianBytes.contains) {
        encoding = .koi8U
      }
      guard let text = try? ICUConverter.decode(bytes, from: encoding.converterName),
        readsAsCyrillic(text, skippingMarkup: ignoringMarkup)
      else { continue }
      return (encoding, match.confidence)
    }
    return nil
  }

  private static func candidate(named name: String) -> TextEncoding? {
    switch name.lowercased() {
    case "windows-1251": .windows1251
    case "koi8-r": .koi8R
    default: nil
    }
  }

  /// Whether `text` is Cyrillic running text: it has at least as many Cyrillic letters as Latin
  /// ones (an English file with two stray bytes is not Cyrillic), the other characters outside
  /// ASCII are few, and the Cyrillic letters are mostly lower case. Text in one of these
  /// charsets read as another comes out with its case inverted (windows-1251 puts capitals where
  /// KOI8 puts small letters) or with symbols in place of letters. With `skippingMarkup`, text
  /// between `<` and `>` is not counted, as ICU's detector skips it.
  static func readsAsCyrillic(_ text: String, skippingMarkup: Bool = false) -> Bool {
    var cyrillic = 0
    var lower = 0
    var other = 0
    var latin = 0
    var inTag = false
    for scalar in text.unicodeScalars {
      if skippingMarkup {
        if scalar == "<" { inTag = true }
        if inTag {
          if scalar == ">" { inTag = false }
          continue
        }
      }
      if scalar.isASCII {
        if scalar.properties.isAlphabetic { latin += 1 }
        continue
      }
      if (0x0400...0x04FF).contains(scalar.value) {
        cyrillic += 1
        if scalar.properties.isLowercase { lower += 1 }
      } else if !scalar.properties.isWhitespace
        && scalar.properties.generalCategory
          != .otherPunctuation
        && scalar.properties.generalCategory != .initialPunctuation
        && scalar.properties.generalCategory != .finalPunctuation
        && scalar.properties.generalCategory != .dashPunctuation
      {
        other += 1
      }
    }
    return cyrillic > 0 && cyrillic >= latin && cyrillic >= 9 * other && lower * 2 >= cyrillic
  }
}
