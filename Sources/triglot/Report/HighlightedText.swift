import TriglotAudit
/// Splits a paragraph into plain runs and runs to highlight, for the text and HTML reports.
enum HighlightedText {
  /// A run of a paragraph's text.
  struct Run: Equatable {
    /// The run's text.
    var text: String
    /// The highlight it carries, if any.
    var highlight: ValueHighlight?
  }

  /// The runs of `text` with every occurrence of each highlight's text marked; earlier and longer
  /// highlights win where two overlap.
  ///
  /// - Complexity: O(*n* · *h*) for a text of *n* characters and *h* highlights.
  static func runs(of text: String, highlighting highlights: [ValueHighlight]) -> [Run] {
    let characters = Array(text)
    var marks = [ValueHighlight?](repeating: nil, count: characters.count)
    let ordered = highlights.filter { !$0.text.isEmpty }.sorted {
      ($0.severity, $0.text.count) > ($1.severity, $1.text.count)
    }
    for highlight in ordered {
      let needle = Array(highlight.text)
      var start = 0
      while start + needle.count <= characters.count {
        let end = start + needle.count
        if Array(characters[start..<end]) == needle,
          marks[start..<end].allSatisfy({ $0 == nil }),
          start == 0 || !isWordCharacter(characters[start - 1]),
          end == characters.count || !isWordCharacter(characters[end])
        {
          for offset in start..<start + needle.count { marks[offset] = highlight }
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    var runs: [Run] = []
    for (character, mark) in zip(characters, marks) {
      if let last = runs.last, last.highlight == mark {
        runs[runs.count - 1].text.append(character)
      } else {
        runs.append(Run(text: String(character), highlight: mark))
      }
    }
    return runs
  }

  /// Letters and digits: a highlight never starts or ends inside a word ("256" in "2560").
  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
