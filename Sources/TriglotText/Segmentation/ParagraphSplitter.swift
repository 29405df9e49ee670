/// Splits a text into paragraphs.
///
/// Paragraphs are blocks separated by one or more blank lines (lines holding only white space).
/// When a text has no blank line between two lines of text, every non-empty line is a paragraph,
/// which is how many scraped pages and CMS exports arrive. Blank lines before the first line of
/// text or after the last one separate nothing: a file that ends with a newline (or a few) still
/// has one paragraph per line. Line breaks inside a paragraph are kept.
public enum ParagraphSplitter {
  /// Returns the paragraphs of `text` with their ranges in Unicode-scalar offsets.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func paragraphs(in text: String) -> [TextSegment] {
    let scalars = Array(text.unicodeScalars)
    let lines = scalarLines(of: scalars)
    // Only a blank line with text on both sides separates paragraphs; the empty "line" after a
    // final newline (and any blank lines around the text) does not.
    let firstText = lines.firstIndex { !$0.isBlank }
    let lastText = lines.lastIndex { !$0.isBlank }
    let hasBlankLine =
      firstText.flatMap { first in
        lastText.map { last in lines[first...last].contains { $0.isBlank } }
      } ?? false
    var result: [TextSegment] = []
    var current: [Line] = []

    func flush() {
      guard let first = current.first, let last = current.last else { return }
      let range = first.contentStart..<last.contentEnd
      result.append(
        TextSegment(text: String(String.UnicodeScalarView(scalars[range])), range: range))
      current.removeAll()
    }

    for line in lines {
      if line.isBlank {
        flush()
      } else {
        current.append(line)
        if !hasBlankLine { flush() }
      }
    }
    flush()
    return result
  }

  private struct Line {
    /// Offset of the first non-space scalar and one past the last, in Unicode scalars.
    var contentStart: Int
    var contentEnd: Int
    var isBlank: Bool { contentStart == contentEnd }
  }

  private static func scalarLines(of scalars: [Unicode.Scalar]) -> [Line] {
    var lines: [Line] = []
    var offset = 0
    var contentStart = -1
    var contentEnd = 0
    var lineStart = 0
    for (index, scalar) in scalars.enumerated() {
      // A CR directly before an LF is part of one CRLF break: the LF ends the line.
      let isCROfCRLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
      if !isCROfCRLF
        && (scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}")
      {
        lines.append(
          contentStart < 0
            ? Line(contentStart: lineStart, contentEnd: lineStart)
            : Line(contentStart: contentStart, contentEnd: contentEnd))
        contentStart = -1
        lineStart = offset + 1
      } else if !scalar.properties.isWhitespace {
        if contentStart < 0 { contentStart = offset }
        contentEnd = offset + 1
      }
      offset += 1
    }
    lines.append(
      contentStart < 0
        ? Line(contentStart: lineStart, contentEnd: lineStart)
        : Line(contentStart: contentStart, contentEnd: contentEnd))
    return lines
  }
}
