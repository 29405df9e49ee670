import TriglotText

/// The sentences of an edition's paragraphs that state given values: what a number or date
/// finding quotes, so that a reader sees the claim and not only the figure.
enum SentenceQuote {
  /// For each of `values` (as written), the first sentence of `paragraphs` (texts in
  /// `language`) that contains it, each sentence once, in order.
  static func sentences(stating values: [String], in paragraphs: [String], language: Language)
    -> [String]
  {
    guard !values.isEmpty else { return [] }
    let splitter = SentenceSplitter(language: language)
    // A paragraph ICU cannot split is quoted whole: the value is still in it.
    let sentences = paragraphs.flatMap { text in
      (try? splitter.sentences(in: text).map(\.text)) ?? [text]
    }
    var quoted: [String] = []
    for value in values {
      if let sentence = sentences.first(where: { $0.contains(value) }),
        !quoted.contains(sentence)
      {
        quoted.append(sentence)
      }
    }
    return quoted
  }
}
