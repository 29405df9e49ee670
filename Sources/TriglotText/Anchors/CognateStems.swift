/// Consonant skeletons of the words of a Ukrainian or Russian paragraph, by which the two
/// languages' shared vocabulary shows: `робота` and `работа`, `кінець` and `конец`, `області`
/// and `области` all give one stem. Ukrainian and Russian editions of one article share many of
/// them; unrelated paragraphs share few, so the share of common stems tells translations apart
/// where numbers and names are missing.
///
/// A stem is the word's first letter and its next consonants, three letters in all, after
/// folding the letters the two spellings exchange (і ї и ы й → и, є э ё → е, ґ → г; soft and
/// hard signs and apostrophes dropped). Words under four letters (prepositions, pronouns,
/// particles) give none.
public enum CognateStems {
  /// The stems of the words of `text`, in text order, with repeats.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func stems(of text: String) -> [String] {
    var stems: [String] = []
    var word: [Unicode.Scalar] = []
    func flush() {
      defer { word.removeAll(keepingCapacity: true) }
      guard word.count >= 4 else { return }
      var stem = String.UnicodeScalarView()
      stem.append(word[0])
      for scalar in word.dropFirst() where stem.count < 3 && !vowels.contains(scalar) {
        stem.append(scalar)
      }
      if stem.count == 3 { stems.append(String(stem)) }
    }
    for scalar in text.unicodeScalars {
      if let folded = fold(scalar) {
        if folded != "\u{0}" { word.append(folded) }
      } else {
        flush()
      }
    }
    flush()
    return stems
  }

  /// The vowels after folding.
  /// The vowels after folding (``TranslationGlosses`` builds its skeletons on them too).
  static let vowels: Set<Unicode.Scalar> = ["а", "е", "и", "о", "у", "ю", "я"]

  /// The folded lower-case form of a Cyrillic letter, "\0" for a letter or mark to drop inside a
  /// word (soft and hard signs, apostrophes), nil for anything that ends a word.
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    var lower = scalar
    if (0x410...0x42F).contains(value) {
      lower = Unicode.Scalar(value + 0x20)!
    } else if (0x400...0x40F).contains(value) {
      lower = Unicode.Scalar(value + 0x50)!
    } else if value == 0x490 {
      lower = "ґ"
    }
    switch lower {
    case "і", "ї", "ы", "й": return "и"
    case "є", "э", "ё": return "е"
    case "ґ": return "г"
    case "ь", "ъ", "'", "’", "ʼ": return "\u{0}"
    default:
      let lowerValue = lower.value
      return (0x430...0x44F).contains(lowerValue) || lowerValue == 0x438 ? lower : nil
    }
  }
}
