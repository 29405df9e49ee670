import Foundation
import PropertyBased
import Testing
import TriglotTestSupport
import TriglotText

/// What normalization guarantees whatever the text: normalizing twice changes nothing, and the
/// display repairs leave the letters of a word written in one script alone.
@Suite("Text normalization properties")
struct TextNormalizerPropertyTests {
  /// Text of Corpora words in one of the three languages (the first code picks it), with the
  /// damage the repairs exist for (``damaged(_:by:homoglyphs:)``): normalized once, nothing is
  /// left to repair.
  @Test(arguments: NormalizationMode.allCases)
  func normalizingTwiceChangesNothing(_ mode: NormalizationMode) async {
    let damage = Gen.int(in: 0...1 << 20).array(of: 0...12)
    await propertyCheck(count: 60, input: Gen.int(in: 0...1 << 20).array(of: 1...40), damage) {
      codes, damage in
      let text = Self.damaged(
        CorporaVocabulary.text(codes, language: Language.editions[codes[0] % 3]), by: damage)
      let normalizer = TextNormalizer(mode: mode)
      let once = try normalizer.normalize(text).text
      let twice = try normalizer.normalize(once)
      #expect(twice.text == once, "\(mode) of \(text.debugDescription)")
      #expect(twice.repairs.isEmpty, "\(mode) repairs again: \(twice.repairs)")
    }
  }

  /// Words that are all Cyrillic or all Latin, with invisible characters and CR line ends
  /// (which display removes) but no homoglyph: the letters come out as they went in.
  @Test func displayKeepsTheLettersOfOneScriptWords() async {
    let damage = Gen.int(in: 0...1 << 20).array(of: 0...12)
    await propertyCheck(count: 60, input: Gen.int(in: 0...1 << 20).array(of: 1...40), damage) {
      codes, damage in
      let text = Self.damaged(
        CorporaVocabulary.text(
          codes, language: Language.editions[codes[0] % 3], oneScript: true),
        by: damage, homoglyphs: false)
      let display = try TextNormalizer().normalize(text).text
      #expect(Self.letters(display) == Self.letters(text), "display of \(text.debugDescription)")
    }
  }

  /// The letters of `text`, decomposed (NFC may compose a letter with a combining acute the
  /// damage put after it), without the modifier apostrophe ʼ: Unicode calls it a letter, but it
  /// is one of the apostrophes that display unifies between Cyrillic letters.
  static func letters(_ text: String) -> [Unicode.Scalar] {
    text.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
      $0.properties.isAlphabetic && $0 != "ʼ"
    }
  }

  /// `text` with one damage a code, at the place the code picks: a soft hyphen, a zero-width
  /// space or a byte-order mark, an ASCII or modifier apostrophe, a CR before a line feed, a
  /// combining acute, and (with `homoglyphs`) a Latin i, o, a or a Cyrillic о, а, е.
  static func damaged(_ text: String, by codes: [Int], homoglyphs: Bool = true) -> String {
    var characters = Array(text)
    let harmless = ["\u{AD}", "\u{200B}", "\u{FEFF}", "'", "ʼ", "\r\n", "\u{301}"]
    let lookalikes = ["i", "o", "a", "о", "а", "е"]
    let damages = homoglyphs ? harmless + lookalikes : harmless
    for code in codes where !characters.isEmpty {
      let at = code % characters.count
      let damage = damages[(code / max(characters.count, 1)) % damages.count]
      characters.insert(contentsOf: damage, at: at)
    }
    return String(characters)
  }
}
