/// Text gathered from the text nodes of a block, with runs of white space (line breaks,
/// no-break spaces and the other Unicode spaces) collapsed to one space, as a browser shows it.
struct InlineText {
  private var scalars = String.UnicodeScalarView()
  private var pendingSpace = false

  /// Appends the text of a text node.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  mutating func append(_ text: String) {
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
      } else {
        if pendingSpace { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      }
    }
  }

  /// Whether nothing but white space has been appended.
  var isEmpty: Bool { scalars.isEmpty }

  /// The text, trimmed.
  var text: String { String(scalars) }

  /// Starts over.
  mutating func removeAll() {
    scalars = String.UnicodeScalarView()
    pendingSpace = false
  }
}
