import TriglotAlign
import TriglotText

extension Edition {
  /// The editions of generated paragraphs for the property tests: Ukrainian, English and
  /// Russian, or (`three` false) Ukrainian and Russian only.
  static func generated(uk: [String], en: [String], ru: [String], three: Bool) -> [Edition] {
    let texts: [(Language, [String])] =
      three ? [(.uk, uk), (.en, en), (.ru, ru)] : [(.uk, uk), (.ru, ru)]
    return texts.map { language, paragraphs in
      Edition(
        language: language, source: language.rawValue, text: paragraphs.joined(separator: "\n\n"))
    }
  }
}
