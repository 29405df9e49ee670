import TriglotText

/// `split`: ``ParagraphSplitter`` on any text, then ``SentenceSplitter`` and ``WordTokenizer`` in
/// a language chosen by the first byte on each paragraph and on the whole text (which may hold
/// blank lines). Checks the segments' contract (``SegmentChecks``).
enum SplitterTarget {
  private static let languages: [Language] = [.uk, .en, .ru, .other, .mixed]

  static func run(_ input: inout FuzzInput) {
    let language = input.choose(languages)
    let text = input.restAsText()
    let paragraphs = ParagraphSplitter.paragraphs(in: text)
    SegmentChecks.check(paragraphs, of: Array(text.unicodeScalars), "paragraphs")
    let splitter = SentenceSplitter(language: language)
    do {
      for piece in [text] + paragraphs.map(\.text) {
        let sentences = try splitter.sentences(in: piece)
        SegmentChecks.check(sentences, of: Array(piece.unicodeScalars), "sentences")
        _ = try WordTokenizer(language: language).words(in: piece)
      }
    } catch {
      preconditionFailure("split: ICU failed: \(error)")
    }
  }
}
