import Testing
import TriglotAlign
import TriglotText

/// Checks what every alignment must satisfy: its groups partition every paragraph of every
/// edition, are monotone in every edition, are never empty, and have confidences in 0…1.
func expectValidPartition(_ alignment: Alignment, sourceLocation: SourceLocation = #_sourceLocation)
{
  for edition in alignment.editions {
    let indices = alignment.groups.flatMap { $0[edition.language] }
    #expect(
      indices == Array(edition.paragraphs.indices),
      "\(edition.language) paragraphs not partitioned in order: \(indices)",
      sourceLocation: sourceLocation)
  }
  for group in alignment.groups {
    #expect(!group.languages.isEmpty, "empty group", sourceLocation: sourceLocation)
    #expect((0...1).contains(group.confidence), sourceLocation: sourceLocation)
    if group.isBoilerplate {
      // One paragraph, or one caption per edition when the captions are linked.
      #expect(
        group.isCaption ? group.languages.count >= 2 && group.languages.allSatisfy { group[$0].count == 1 }
          : group.languages.count == 1,
        sourceLocation: sourceLocation)
    }
    #expect(!group.isCaption || group.isBoilerplate, sourceLocation: sourceLocation)
  }
}
