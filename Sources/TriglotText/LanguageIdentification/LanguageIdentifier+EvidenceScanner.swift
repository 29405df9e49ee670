extension LanguageIdentifier {
  /// The state of one left-to-right pass over a text's Unicode scalars, collecting
  /// ``Evidence`` per sentence-like chunk.
  struct EvidenceScanner {
    private var chunks: [Evidence] = []
    private var chunk = Evidence()
    private var word: [Unicode.Scalar] = []
    private var apostropheBetweenCyrillic = false
    private var pendingApostrophe = false
    private var atChunkEnd = false

    mutating func consume(_ scalar: Unicode.Scalar) {
      if Letters.isApostrophe(scalar) {
        if !word.isEmpty && !pendingApostrophe {
          pendingApostrophe = true
        } else {
          finishWord()
        }
        return
      }
      if scalar.properties.isAlphabetic {
        if atChunkEnd {
          finishChunk()
          atChunkEnd = false
        }
        if pendingApostrophe {
          if let last = word.last, Letters.isCyrillic(last), Letters.isCyrillic(scalar) {
            apostropheBetweenCyrillic = true
          }
          word.append("'")
          pendingApostrophe = false
        }
        word.append(Letters.lowercased(scalar))
        return
      }
      if scalar.properties.generalCategory == .nonspacingMark && !word.isEmpty {
        return
      }
      finishWord()
      switch scalar {
      case ".", "!", "?", "…", "\n", "\r", "\u{2028}", "\u{2029}": atChunkEnd = true
      default: break
      }
    }

    mutating func finish() -> [Evidence] {
      finishWord()
      finishChunk()
      return chunks
    }

    private mutating func finishChunk() {
      if chunk.letters > 0 { chunks.append(chunk) }
      chunk = Evidence()
    }

    private mutating func finishWord() {
      defer {
        word.removeAll(keepingCapacity: true)
        apostropheBetweenCyrillic = false
        pendingApostrophe = false
      }
      var cyrillic = 0
      var latin = 0
      var other = 0
      for scalar in word where scalar != "'" {
        if Letters.isCyrillic(scalar) {
          cyrillic += 1
        } else if Letters.isLatin(scalar) {
          latin += 1
        } else {
          other += 1
        }
      }
      let letters = cyrillic + latin + other
      guard letters > 0 else { return }
      if cyrillic > 0 && cyrillic >= latin && cyrillic >= other {
        chunk.cyrillicLetters += letters
        scoreCyrillicWord(letterCount: letters)
      } else if latin > 0 && latin >= other {
        chunk.latinLetters += letters
        scoreLatinWord()
      } else {
        chunk.otherScriptLetters += letters
      }
    }

    private mutating func scoreCyrillicWord(letterCount: Int) {
      var scalars = String.UnicodeScalarView()
      for scalar in word {
        let letter = Letters.cyrillicHomoglyph(of: scalar) ?? scalar
        if Letters.isOtherCyrillic(letter) { chunk.otherCyrillicLetters += 1 }
        chunk.ukrainianLogOdds += LetterFrequencies.ukrainianLogOdds(of: letter)
        scalars.append(letter)
      }
      let text = String(scalars)
      if FunctionWords.ukrainian.contains(text) {
        chunk.ukrainianLogOdds += LanguageIdentifier.functionWordWeight
      } else if FunctionWords.russian.contains(text) {
        chunk.ukrainianLogOdds -= LanguageIdentifier.functionWordWeight
      } else {
        chunk.ukrainianLogOdds += AffixCues.ukrainianLogOdds(of: text, letterCount: letterCount)
        chunk.ukrainianLogOdds += FrequentStems.ukrainianLogOdds(of: text)
      }
      if apostropheBetweenCyrillic {
        chunk.ukrainianLogOdds += LanguageIdentifier.apostropheWeight
      }
    }

    private mutating func scoreLatinWord() {
      let text = String(String.UnicodeScalarView(word))
      if FunctionWords.english.contains(text) {
        chunk.englishWords += 1
      } else if FunctionWords.otherLatin.contains(text) {
        chunk.otherLatinCues += 1
      }
      for scalar in word where scalar.value > 0x7F && Letters.isLatin(scalar) {
        chunk.otherLatinCues += 0.5
      }
    }
  }
}
