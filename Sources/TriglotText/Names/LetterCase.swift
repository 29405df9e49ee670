/// The letter case of a word, per hyphen-separated part, so that a transliteration can copy it:
/// `Kyiv` → `Київ`, `KYIV` → `КИЇВ`, `Ivano-Frankivsk` → `Івано-Франківськ`.
struct LetterCase: Sendable {
  /// The case of one part.
  enum Style: Sendable { case lower, title, upper }

  let parts: [Style]

  private init(parts: [Style]) { self.parts = parts }

  /// Reads the case of each hyphen-separated part of `word`.
  init(of word: Substring) {
    parts = word.split(separator: "-", omittingEmptySubsequences: false).map { part in
      let letters = part.filter(\.isLetter)
      guard let first = letters.first, first.isUppercase else { return .lower }
      return letters.count > 1 && letters.allSatisfy(\.isUppercase) ? .upper : .title
    }
  }

  /// `text` (in lower case) in this case, part by part; parts beyond the input's take the case of
  /// its first part.
  func apply(to text: String) -> String {
    text.split(separator: "-", omittingEmptySubsequences: false).enumerated().map {
      index, part in
      switch index < parts.count ? parts[index] : parts.first ?? .lower {
      case .lower: String(part)
      case .upper: part.uppercased()
      case .title: part.prefix(1).uppercased() + part.dropFirst()
      }
    }.joined(separator: "-")
  }

  /// `text` (in lower case, words separated by spaces) in the case of the input's first part,
  /// word by word: `Bila Tserkva` → `Біла Церква`.
  func applyToWords(of text: String) -> String {
    let first = LetterCase(parts: [parts.first ?? .lower])
    return text.split(separator: " ").map { first.apply(to: String($0)) }.joined(separator: " ")
  }
}
