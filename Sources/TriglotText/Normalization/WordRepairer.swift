/// Repairs inside words: Latin/Cyrillic homoglyphs and Ukrainian apostrophe variants.
///
/// The text is cut into *tokens* (runs of non-white-space) and each token into *words*: runs of
/// letters and combining marks, with an apostrophe variant kept inside when a letter follows it
/// (`п'ять` is one word). Simple letter runs are used rather than ICU word segments because ICU
/// keeps `.` and `:` inside words (`example.com`) and costs a call per text, while the repairs
/// only ever concern letters.
///
/// Tokens that are addresses or tags are never touched: URLs, e-mail addresses, hashtags,
/// @handles, paths, and anything with `://`, `@`, `#`, `/`, `\`, `_`, `=`, `&`, `%`, `~` or a `.`
/// directly followed by a letter (`example.com`, `U.S.`). Tokens with a digit (`COVID-19`,
/// `Су-25`, `F-16`, `Т-72`) keep their letters but may still have apostrophes folded.
struct WordRepairer {
  /// The apostrophe that variants between two Cyrillic letters become.
  var apostrophe: Unicode.Scalar
  /// Whether the words are those of the matching key, which drops every apostrophe
  /// (``MatchingKey/isApostrophe(_:)``): then a run of apostrophes between two letters is inside
  /// a word, and so is every scalar the key drops as one. Without it, the key of `е''ii` would
  /// be `еii`, a mixed word that only a second normalization repairs (found by the idempotence
  /// property).
  var joinsLikeTheMatchingKey = false

  /// Repairs `text` in place and appends one repair per word and kind to `repairs`.
  ///
  /// - Complexity: O(*n*) in the number of scalars.
  func repair(_ text: inout SourceMappedScalars, repairs: inout [NormalizationRepair]) {
    // Ties are rare, so the dominant script is counted only when one needs it.
    var dominantScript: Unicode.Scalar.LetterScript?
    let original = text.scalars
    var index = 0
    let count = text.scalars.count
    while index < count {
      if text.scalars[index]._isWhitespace {
        index += 1
        continue
      }
      var end = index + 1
      while end < count && !text.scalars[end]._isWhitespace { end += 1 }
      let token = index..<end
      index = end
      let kind = Self.classify(text.scalars[token])
      if kind == .address { continue }
      var cursor = token.lowerBound
      while let word = nextWord(in: cursor..<token.upperBound, of: text.scalars) {
        cursor = word.upperBound
        if kind == .plain {
          repairHomoglyphs(in: word, of: &text, repairs: &repairs) {
            if dominantScript == nil { dominantScript = Self.dominantScript(of: original) }
            return dominantScript ?? .other
          }
        }
        foldApostrophes(in: word, of: &text, repairs: &repairs)
      }
    }
  }

  /// How much of a token may be repaired.
  enum TokenKind {
    /// Letters and apostrophes may be repaired.
    case plain
    /// Holds a digit: only apostrophes may be folded.
    case withDigits
    /// An address, tag or path: left exactly as written.
    case address
  }

  /// Classifies the scalars of one token.
  static func classify(_ token: ArraySlice<Unicode.Scalar>) -> TokenKind {
    var hasDigit = false
    var previous: Unicode.Scalar?
    for scalar in token {
      switch scalar {
      case "@", "#", "/", "\\", "_", "=", "&", "%", "~":
        return .address
      default:
        if previous == "." && scalar._isLetter { return .address }
        if scalar._isDigit { hasDigit = true }
      }
      previous = scalar
    }
    return hasDigit ? .withDigits : .plain
  }

  private func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar._isApostropheVariant || scalar == apostrophe
      || (joinsLikeTheMatchingKey && MatchingKey.isApostrophe(scalar))
  }

  /// The first word in `range`: a letter run with its marks and inner apostrophes.
  private func nextWord(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Range<Int>? {
    var index = range.lowerBound
    while index < range.upperBound
      && (!scalars[index]._isLetter || isApostrophe(scalars[index]))
    {
      index += 1
    }
    guard index < range.upperBound else { return nil }
    let start = index
    index += 1
    while index < range.upperBound {
      let scalar = scalars[index]
      if isApostrophe(scalar) {
        var next = index + 1
        if joinsLikeTheMatchingKey {
          while next < range.upperBound && isApostrophe(scalars[next]) { next += 1 }
        }
        guard next < range.upperBound, scalars[next]._isLetter, !isApostrophe(scalars[next])
        else { break }
        index = next
      } else if scalar._isLetter || scalar._isMark {
        index += 1
      } else {
        break
      }
    }
    return start..<index
  }

  /// Replaces the minority-script letters of a mixed Latin/Cyrillic word by their look-alikes.
  ///
  /// The word's script is the one with more letters in it (on a tie, the dominant script of the
  /// whole text). The word is repaired only when every letter of the other script has a
  /// look-alike in it (`Харкiв`: the Latin `i` becomes `і`); otherwise the mix is deliberate
  /// (`Zеленський`, `Zа`: a Latin `Z` has no Cyrillic twin) and the word is left alone, as is a
  /// word with letters of a third script or with a combining mark on a letter that would change.
  /// All-caps words follow the same rule: a mixed-script abbreviation made only of look-alikes
  /// (`НАТO`, `ЗМI`) is a typing slip, not a deliberate mix.
  private func repairHomoglyphs(
    in word: Range<Int>, of text: inout SourceMappedScalars,
    repairs: inout [NormalizationRepair], dominantScript: () -> Unicode.Scalar.LetterScript
  ) {
    var latin = 0
    var cyrillic = 0
    for offset in word {
      let scalar = text.scalars[offset]
      if isApostrophe(scalar) || !scalar._isLetter { continue }
      switch scalar._letterScript {
      case .latin: latin += 1
      case .cyrillic: cyrillic += 1
      case .other: return
      }
    }
    guard latin > 0 && cyrillic > 0 else { return }
    let target: Unicode.Scalar.LetterScript =
      latin > cyrillic ? .latin : cyrillic > latin ? .cyrillic : dominantScript()
    guard target != .other else { return }
    var changes: [(Int, Unicode.Scalar)] = []
    for offset in word {
      let scalar = text.scalars[offset]
      guard !isApostrophe(scalar), scalar._isLetter, scalar._letterScript != target else {
        continue
      }
      guard let twin = HomoglyphTable.lookAlike(of: scalar, in: target) else { return }
      if offset + 1 < word.upperBound && text.scalars[offset + 1]._isMark { return }
      changes.append((offset, twin))
    }
    let before = text.string(word)
    for (offset, twin) in changes { text.scalars[offset] = twin }
    repairs.append(
      NormalizationRepair(
        kind: .homoglyph, sourceRange: text.sourceRange(of: word), range: word, before: before,
        after: text.string(word)))
  }

  /// Replaces apostrophe variants that sit between two Cyrillic letters by `apostrophe`.
  private func foldApostrophes(
    in word: Range<Int>, of text: inout SourceMappedScalars, repairs: inout [NormalizationRepair]
  ) {
    var before: String?
    for offset in word.dropFirst() where offset + 1 < word.upperBound {
      let scalar = text.scalars[offset]
      guard scalar._isApostropheVariant, scalar != apostrophe,
        text.scalars[offset + 1]._isCyrillicLetter
      else { continue }
      var previous = offset - 1
      while previous > word.lowerBound && text.scalars[previous]._isMark { previous -= 1 }
      guard text.scalars[previous]._isCyrillicLetter else { continue }
      if before == nil { before = text.string(word) }
      text.scalars[offset] = apostrophe
    }
    if let before {
      repairs.append(
        NormalizationRepair(
          kind: .apostrophe, sourceRange: text.sourceRange(of: word), range: word, before: before,
          after: text.string(word)))
    }
  }

  /// The script with more letters in `scalars` (`.other` on a tie), counting only letters with
  /// no look-alike in either case (``HomoglyphTable/hasLookAlike(inAnyCase:)``): the repairs
  /// turn such letters into their twins, and the matching key lower-cases `B` into `b`, so
  /// counting them would let a second normalization break a tie the other way and repair a
  /// word the first one left (found by the idempotence property).
  static func dominantScript(of scalars: [Unicode.Scalar]) -> Unicode.Scalar.LetterScript {
    var latin = 0
    var cyrillic = 0
    for scalar in scalars where !HomoglyphTable.hasLookAlike(inAnyCase: scalar) {
      switch scalar._letterScript {
      case .latin: latin += 1
      case .cyrillic: cyrillic += 1
      case .other: break
      }
    }
    return latin > cyrillic ? .latin : cyrillic > latin ? .cyrillic : .other
  }
}
