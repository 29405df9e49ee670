import Foundation

/// A proper name written in a paragraph (a person, a place, an institution), with keys that are
/// the same across languages and inflections: `Харкові`, `Харькове` and `Kharkiv` share a key,
/// as do `Буданова` and `Budanov`.
///
/// A name is a run of capitalized words that does not start a sentence, a run of two or more
/// capitalized words anywhere, or an acronym (`НАТО`, `NATO`, `ЗСУ`).
public struct NameAnchor: Sendable, Hashable {
  /// The name as written (`Сергій Марченко`).
  public var text: String
  /// Where the name sits in the paragraph, in Unicode-scalar offsets.
  public var range: Range<Int>
  /// One cross-language key per word of the name (see ``key(for:)``).
  public var keys: [String]

  /// Creates a name anchor.
  public init(text: String, range: Range<Int>, keys: [String]) {
    self.text = text
    self.range = range
    self.keys = keys
  }

  /// The cross-language key of one word of a name.
  ///
  /// This is the single place where name keys are made: ``NameKey/key`` of the word, so that
  /// Харкові, Харькове and Kharkiv, or Будановим and Budanov, share a key.
  public static func key(for word: String) -> String {
    key(for: word, language: nil)
  }

  /// The cross-language key of one word of a name written in `language` (nil when unknown),
  /// which chooses the dictionary the word is looked up in (see ``NameKey/init(_:language:stemmer:)``).
  public static func key(for word: String, language: Language?) -> String {
    NameKey(word, language: language).key
  }

  /// Returns the names of `text` in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String) -> [NameAnchor] {
    extract(from: text, language: nil)
  }

  /// Returns the names of `text`, written in `language` (nil when unknown), in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func extract(from text: String, language: Language?) -> [NameAnchor] {
    extract(
      tokens: AnchorTokenizer.tokens(of: text), scalars: Array(text.unicodeScalars),
      language: language)
  }

  static func extract(tokens: [AnchorToken], scalars: [Unicode.Scalar], language: Language?)
    -> [NameAnchor]
  {
    extractWithInitials(tokens: tokens, scalars: scalars, language: language).names
  }

  /// The names of the tokens, and beside them the capitalized words of four letters or more
  /// that open a sentence alone, which may be names ("Navalny became a household name") or not
  /// ("However"), so are no names here; the aligner counts them only where they meet a name of
  /// the other edition (see ``ParagraphAnchors/sentenceInitials``).
  static func extractWithInitials(
    tokens: [AnchorToken], scalars: [Unicode.Scalar], language: Language?
  ) -> (names: [NameAnchor], initials: [NameAnchor]) {
    var anchors: [NameAnchor] = []
    var initials: [NameAnchor] = []
    var index = 0
    while index < tokens.count {
      guard isNameWord(tokens[index]) else {
        index += 1
        continue
      }
      var words = [index]
      var next = index + 1
      while next < tokens.count {
        if isNameWord(tokens[next]), tokens[next].gapBefore == " " {
          words.append(next)
          next += 1
        } else if next + 1 < tokens.count, tokens[next].text == "-", tokens[next].gapBefore.isEmpty,
          tokens[next + 1].gapBefore.isEmpty, isNameWord(tokens[next + 1])
        {
          words.append(next + 1)
          next += 2
        } else {
          break
        }
      }
      let startsSentence = isSentenceStart(index, in: tokens)
      if !startsSentence || words.count > 1 || isAcronym(tokens[index]) {
        let range = tokens[index].range.lowerBound..<tokens[next - 1].range.upperBound
        anchors.append(
          NameAnchor(
            text: String(String.UnicodeScalarView(scalars[range])), range: range,
            keys: words.map { key(for: tokens[$0].text, language: language) }))
      } else if tokens[index].text.unicodeScalars.count >= 4 {
        let range = tokens[index].range
        initials.append(
          NameAnchor(
            text: tokens[index].text, range: range,
            keys: [key(for: tokens[index].text, language: language)]))
      }
      index = next
    }
    return (anchors, initials)
  }

  private static func isNameWord(_ token: AnchorToken) -> Bool {
    token.isCapitalized && token.text.unicodeScalars.count >= 2
      && token.month == nil
  }

  private static func isAcronym(_ token: AnchorToken) -> Bool {
    let count = token.text.unicodeScalars.count
    return count >= 2 && count <= 6 && token.text == token.text.uppercased()
  }

  /// Whether token `index` begins a sentence: nothing but opening quotes, brackets or dashes
  /// stand between it and the paragraph start or a full stop, question or exclamation mark,
  /// ellipsis or colon.
  private static func isSentenceStart(_ index: Int, in tokens: [AnchorToken]) -> Bool {
    var previous = index - 1
    while previous >= 0 {
      let token = tokens[previous]
      guard token.kind == .symbol else { return false }
      if [".", "!", "?", "…", ":"].contains(token.text) { return true }
      guard ["«", "“", "\"", "„", "(", "'", "–", "—", "-", "‘"].contains(token.text) else {
        return false
      }
      previous -= 1
    }
    return true
  }
}
