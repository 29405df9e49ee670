import TriglotText

extension ParagraphEvidence {
  /// The evidence of one sentence of an article paragraph, so that sentences are scored by the
  /// same ``BeadScorer`` as paragraphs: its length, its anchors (those of the paragraph that lie
  /// inside it: the paragraph's anchors are extracted once), its cognate stems, its glosses and
  /// its ?/! marks (not its loanword keys).
  ///
  /// A sentence is never a heading or boilerplate (its paragraph was already judged), has no
  /// leads, and its sentence count is 0, which the scorer reads as "not compared": a 2-1 bead
  /// already pays the split penalty for the sentence it merges.
  init(sentence: TextSegment, paragraphAnchors anchors: ParagraphAnchors, language: Language) {
    length = sentence.text.count
    self.anchors = anchors.within(sentence.range)
    stems = language == .en ? [] : CognateStems.stems(of: sentence.text)
    glosses = TranslationGlosses.shared.glosses(of: sentence.text, in: language)
    // Fitted on paragraphs only: on the Corpora's sentence gold the keys took sentence pair F1
    // under 0.98 (0.979), and no sentence-level dev set was scored with them.
    loanwords = []
    sentenceCount = 0
    marks = sentence.text.unicodeScalars.reduce(0) {
      $0 + ("?!".unicodeScalars.contains($1) ? 1 : 0)
    }
    leads = []
    isHeading = false
    boilerplate = nil
    self.language = language
    // Not identified again: the paragraph's language stands for its sentences.
    languageGuess = LanguageGuess(language: language, confidence: 0, letterCount: 0)
  }
}
