import Testing
import TriglotAlign
import TriglotText

/// Checks what every sentence alignment must satisfy: in every edition, the sentence groups of
/// the article groups hold every sentence of their paragraphs exactly once, in document order;
/// no sentence leaves its paragraph group; boilerplate groups have none; no group is empty and
/// confidences are in 0…1.
func expectValidSentencePartition(
  _ alignment: Alignment, _ sentences: SentenceAlignment,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(sentences.groups.count == alignment.groups.count, sourceLocation: sourceLocation)
  for edition in alignment.editions {
    let language = edition.language
    var expected: [SentenceID] = []
    var found: [SentenceID] = []
    for (group, sentenceGroups) in zip(alignment.groups, sentences.groups) {
      if group.isBoilerplate {
        #expect(sentenceGroups.isEmpty, sourceLocation: sourceLocation)
        continue
      }
      for paragraph in group[language] {
        let count = sentences.sentences[language]?[paragraph].count ?? 0
        expected += (0..<count).map { SentenceID(paragraph: paragraph, sentence: $0) }
      }
      for sentenceGroup in sentenceGroups {
        #expect(
          sentenceGroup[language].allSatisfy { group[language].contains($0.paragraph) },
          "\(language) sentence outside its paragraph group", sourceLocation: sourceLocation)
        found += sentenceGroup[language]
      }
    }
    #expect(
      found == expected, "\(language) sentences not partitioned in order: \(found)",
      sourceLocation: sourceLocation)
  }
  for group in sentences.allGroups {
    #expect(!group.languages.isEmpty, "empty sentence group", sourceLocation: sourceLocation)
    #expect((0...1).contains(group.confidence), sourceLocation: sourceLocation)
  }
}
