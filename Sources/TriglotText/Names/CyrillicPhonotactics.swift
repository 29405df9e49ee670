/// Penalties for letter sequences a language does not write, which the reverse grammar's
/// letter-by-letter readings can produce (Ukrainian Киів for Kyiv, Russian Сергеи for Sergei,
/// the Russian adjective ending -ский in Ukrainian).
enum CyrillicPhonotactics {
  private static let vowels: Set<Character> = [
    "а", "е", "є", "и", "і", "ї", "о", "у", "ю", "я", "ы", "э", "ё",
  ]

  /// The cost to add to a lower-case spelling in `language`.
  static func penalty(_ text: String, _ language: ReverseTransliterator.Target) -> Double {
    var total = 0.0
    var previous: Character?
    for letter in text {
      if let previous {
        let afterVowel = vowels.contains(previous)
        switch (language, letter) {
        case (.uk, "и") where afterVowel: total += 1
        case (.uk, "і") where afterVowel: total += 1
        case (.ru, "и") where afterVowel: total += 0.7
        case (.ru, "ы") where afterVowel: total += 1.5
        case (.uk, _) where previous == "и" && vowels.contains(letter): total += 1
        case (.ru, _) where previous == "ы" && vowels.contains(letter): total += 1
        default: break
        }
        if previous == letter, letter == "ь" || letter == "й" || vowels.contains(letter) {
          total += 1
        }
        if previous == "ь" || previous == "й", letter == "ь" || letter == "й" { total += 1 }
      } else {
        switch (language, letter) {
        case (.uk, "и"): total += 0.6
        case (.ru, "ы"), (_, "ь"), (_, "ъ"), (_, "й"): total += 2
        default: break
        }
      }
      previous = letter
    }
    if text.hasSuffix("ски") || text.hasSuffix("цки") { total += 0.5 }
    switch language {
    case .uk where text.hasSuffix("ский") || text.hasSuffix("цкий"): total += 1
    case .ru where text.contains("ьск") || text.contains("ьцк"): total += 1
    default: break
    }
    return total
  }
}
