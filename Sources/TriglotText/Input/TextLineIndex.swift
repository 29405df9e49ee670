/// Turns Unicode-scalar offsets into 1-based line and column numbers, for messages such as
/// `article.txt:3:14: …`.
///
/// LF, CR and CRLF each end a line; columns count Unicode scalars (code points) from 1.
public struct TextLineIndex: Sendable, Hashable {
  /// The scalar offset at which each line starts.
  private let lineStarts: [Int]

  /// Indexes the lines of `text`.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public init(_ text: String) {
    var starts = [0]
    var offset = 0
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      offset += 1
      if scalar == "\n" {
        if previousWasCR {
          starts[starts.count - 1] = offset
        } else {
          starts.append(offset)
        }
      } else if scalar == "\r" {
        starts.append(offset)
      }
      previousWasCR = scalar == "\r"
    }
    lineStarts = starts
  }

  /// The 1-based line and column of the scalar at `offset`.
  ///
  /// - Complexity: O(log *l*) in the number of lines.
  public func location(ofScalarOffset offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count
    while low < high {
      let middle = (low + high) / 2
      if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    let line = max(low, 1)
    return (line, offset - lineStarts[line - 1] + 1)
  }
}
