/// Fast character classes for the normalizer and the splitters.
///
/// News text is overwhelmingly ASCII, Latin-1 and basic Cyrillic, so each check answers those
/// ranges with a comparison and only asks the Swift standard library or ICU about the rest.
extension Unicode.Scalar {
  /// The writing systems the homoglyph repair tells apart.
  enum LetterScript: Equatable {
    case latin
    case cyrillic
    case other
  }

  /// Whether the scalar is a letter (general category L*).
  var _isLetter: Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0x400...0x481, 0x48A...0x52F: return true
    case 0...0x7F, 0x482...0x489: return false
    default:
      switch properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
        return true
      default:
        return false
      }
    }
  }

  /// Whether the scalar is a combining mark (general category M*), which belongs to the letter
  /// before it.
  var _isMark: Bool {
    if value < 0x300 { return false }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Whether the scalar is a decimal digit in any script.
  var _isDigit: Bool {
    // U+0660 ARABIC-INDIC DIGIT ZERO is the first decimal digit after ASCII.
    if value < 0x660 { return value >= 0x30 && value <= 0x39 }
    return properties.generalCategory == .decimalNumber
  }

  /// Whether the scalar is white space (Unicode White_Space).
  var _isWhitespace: Bool {
    // The complete White_Space list; it has not changed since Unicode 6.3.
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default:
      false
    }
  }

  /// The script of a letter: Latin, Cyrillic or anything else. Non-letters are `.other`.
  var _letterScript: LetterScript {
    switch value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF:
      return .latin
    case 0x400...0x482, 0x48A...0x52F:
      return .cyrillic
    case 0...0x2FF:
      return _isLetter ? UnicodeScript(self) == .latin ? .latin : .other : .other
    default:
      guard _isLetter else { return .other }
      switch UnicodeScript(self) {
      case .latin: return .latin
      case .cyrillic: return .cyrillic
      default: return .other
      }
    }
  }

  /// Whether the scalar is a Cyrillic letter.
  var _isCyrillicLetter: Bool { _letterScript == .cyrillic }

  /// Whether the scalar is one of the apostrophe variants Ukrainian text uses between letters:
  /// U+0027, U+2019, U+02BC, U+02B9, U+0060 and U+00B4.
  var _isApostropheVariant: Bool {
    switch value {
    case 0x27, 0x2019, 0x2BC, 0x2B9, 0x60, 0xB4: return true
    default: return false
    }
  }

  /// Whether the scalar is default-ignorable (invisible: zero-width space and joiners, soft
  /// hyphen, BOM, bidi controls, variation selectors …). White space never is.
  var _isDefaultIgnorable: Bool {
    switch value {
    case 0...0xAC, 0xAE...0x34E, 0x350...0x61B, 0x2010...0x2027, 0x2030...0x205F: return false
    default: return UnicodeScript.isDefaultIgnorable(self)
    }
  }
}
