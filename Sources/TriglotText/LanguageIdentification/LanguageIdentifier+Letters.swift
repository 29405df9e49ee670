extension LanguageIdentifier {
  /// Script and case facts about single letters, answered from code-point ranges so the
  /// identifier needs no ICU call per character.
  enum Letters {
    /// Whether `scalar` is one of the apostrophe variants Ukrainian text uses between letters
    /// (U+0027, U+2019, U+02BC, U+02B9, U+0060, U+00B4).
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x27, 0x2019, 0x2BC, 0x2B9, 0x60, 0xB4: true
      default: false
      }
    }

    /// Whether `scalar` is a Cyrillic letter.
    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: true
      default: false
      }
    }

    /// Whether `scalar` is a Latin letter.
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA: true
      case 0xD7, 0xF7: false
      case 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF: true
      case 0xFB00...0xFB06, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
      default: false
      }
    }

    /// Whether `scalar` is a lower-case Cyrillic letter that neither Ukrainian nor Russian uses
    /// (Belarusian ў, Serbian and Macedonian ђ ѓ ѕ ј љ њ ћ ќ џ, and the letters of other
    /// Cyrillic alphabets from U+0492 on).
    static func isOtherCyrillic(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x452, 0x453, 0x455, 0x458...0x45C, 0x45E, 0x45F, 0x492...0x52F: true
      default: false
      }
    }

    /// The Cyrillic letter a lower-case Latin letter imitates inside a Cyrillic word (a Latin
    /// i in Харкiв is the Ukrainian і), or nil.
    static func cyrillicHomoglyph(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
      switch scalar {
      case "a": "а"
      case "c": "с"
      case "e": "е"
      case "i": "і"
      case "ï": "ї"
      case "o": "о"
      case "p": "р"
      case "x": "х"
      case "y": "у"
      default: nil
      }
    }

    /// The lower-case form of a letter: table look-ups for ASCII and Cyrillic, the standard
    /// library's Unicode data for the rest.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
      let value = scalar.value
      switch value {
      case 0x41...0x5A, 0x410...0x42F, 0xC0...0xD6, 0xD8...0xDE:
        return Unicode.Scalar(value + 0x20)!
      case 0x400...0x40F:
        return Unicode.Scalar(value + 0x50)!
      case 0x61...0x7A, 0x430...0x45F:
        return scalar
      case 0x460...0x4BF where value % 2 == 0:
        return Unicode.Scalar(value + 1)!
      default:
        guard scalar.properties.changesWhenLowercased else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
      }
    }
  }
}
