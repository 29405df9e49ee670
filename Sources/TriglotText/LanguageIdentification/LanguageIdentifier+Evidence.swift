extension LanguageIdentifier {
  /// What one stretch of text (a sentence-like chunk, or a whole paragraph) says about its
  /// language: letter counts per script and the scores of the words in each script.
  struct Evidence: Sendable {
    /// Letters in words written mostly in Cyrillic.
    var cyrillicLetters = 0
    /// Letters in words written mostly in Latin.
    var latinLetters = 0
    /// Letters of any other script (Greek, Arabic, Han …).
    var otherScriptLetters = 0
    /// Log-odds that the Cyrillic words are Ukrainian rather than Russian (positive: uk).
    var ukrainianLogOdds = 0.0
    /// Letters that belong to neither Ukrainian nor Russian (ў, ј, љ, њ, ђ, ћ, џ, ѓ, ќ, ѕ).
    var otherCyrillicLetters = 0
    /// English function words among the Latin words.
    var englishWords = 0
    /// Cues for a Latin-script language other than English: its function words (1 each) and
    /// letters with diacritics English does not use (½ each).
    var otherLatinCues = 0.0

    /// All letters.
    var letters: Int { cyrillicLetters + latinLetters + otherScriptLetters }

    /// Adds the evidence of another stretch of text.
    mutating func add(_ other: Evidence) {
      cyrillicLetters += other.cyrillicLetters
      latinLetters += other.latinLetters
      otherScriptLetters += other.otherScriptLetters
      ukrainianLogOdds += other.ukrainianLogOdds
      otherCyrillicLetters += other.otherCyrillicLetters
      englishWords += other.englishWords
      otherLatinCues += other.otherLatinCues
    }
  }

  /// Splits `text` into sentence-like chunks (ending at `.`, `!`, `?`, `…` or a line break) and
  /// returns the evidence of each chunk that holds at least one letter.
  ///
  /// A word is a run of letters; combining marks (stress accents) stay inside it, and an
  /// apostrophe between two letters joins them (м'ясо, don't). Each word counts for the script
  /// most of its letters are in, so a Latin homoglyph inside a Cyrillic word (Харкiв) is read
  /// as the Cyrillic letter it imitates.
  ///
  /// - Complexity: O(*n*) in the number of Unicode scalars.
  static func chunkEvidence(of text: String) -> [Evidence] {
    var scanner = EvidenceScanner()
    for scalar in text.unicodeScalars {
      scanner.consume(scalar)
    }
    return scanner.finish()
  }
}
