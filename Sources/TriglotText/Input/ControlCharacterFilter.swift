/// Takes out of decoded text what is not text: terminal escape sequences, the other C0 and C1
/// control characters, and the noncharacters U+FFFE and U+FFFF.
///
/// Scraped pages and pasted text carry them by accident, or on purpose: `ESC ] 0;…` retitles the
/// terminal a report is read in, others clear it, and the digits inside a sequence would be
/// read as the article's numbers. None is allowed in XML (a TMX file holding one is refused
/// whole by CAT tools). A whole escape sequence goes, not just its ESC, so that no parameter
/// digits are left behind. Tab, line feed and carriage return stay; form feed and vertical tab,
/// which end a line on a page, become line feeds.
public enum ControlCharacterFilter {
  /// Filtered text and what was taken out.
  public struct Result: Sendable, Equatable {
    /// The text without control characters.
    public var text: String
    /// Escape sequences removed (each counted once, whatever its length).
    public var sequences: Int
    /// Other control characters and noncharacters removed.
    public var characters: Int

    /// Whether anything was taken out.
    public var changed: Bool { sequences + characters > 0 }
  }

  /// `text` without control characters.
  ///
  /// - Complexity: O(*n*) in the length of `text`; text without any is returned after one scan
  ///   of its UTF-8 bytes.
  public static func filter(_ text: String) -> Result {
    guard needsFiltering(text) else { return Result(text: text, sequences: 0, characters: 0) }
    var output = String.UnicodeScalarView()
    var sequences = 0
    var characters = 0
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let value = scalar.value
      switch value {
      case 0x09, 0x0A, 0x0D:
        output.append(scalar)
        index += 1
      case 0x0B, 0x0C:
        output.append("\n")
        index += 1
      case 0x1B:
        index = endOfEscape(scalars, from: index)
        sequences += 1
      case 0x9B:
        // CSI as one C1 character.
        index = endOfControlSequence(scalars, from: index + 1)
        sequences += 1
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        // DCS, SOS, OSC, PM, APC as one C1 character: a string up to its terminator.
        index = endOfControlString(scalars, from: index + 1)
        sequences += 1
      case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
        characters += 1
        index += 1
      default:
        output.append(scalar)
        index += 1
      }
    }
    return Result(text: String(output), sequences: sequences, characters: characters)
  }

  /// Whether `text` holds any scalar ``filter(_:)`` takes out or changes, found in its UTF-8
  /// bytes: a byte below 0x20 but tab, LF or CR; DEL; C1 (C2 80–C2 9F); EF BF BE and EF BF BF.
  private static func needsFiltering(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    while let byte = utf8.next() {
      switch byte {
      case 0x09, 0x0A, 0x0D: break
      case 0x00...0x1F, 0x7F: return true
      case 0x80...0x9F where previous == 0xC2: return true
      case 0xBE...0xBF where previous == 0xBF && beforePrevious == 0xEF: return true
      default: break
      }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// The index after the escape sequence that starts with the ESC at `start` (ECMA-48).
  private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    let next = start + 1
    guard next < scalars.count else { return next }
    switch scalars[next] {
    case "[":
      return endOfControlSequence(scalars, from: next + 1)
    case "]", "P", "X", "^", "_":
      return endOfControlString(scalars, from: next + 1)
    default:
      // ESC, any intermediate bytes (0x20–0x2F), then one final character.
      var index = next
      while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
      if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
      return index
    }
  }

  /// The index after a control sequence's parameters (0x30–0x3F), intermediates (0x20–0x2F)
  /// and final character (0x40–0x7E), starting at `start`.
  private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count, (0x30...0x3F).contains(scalars[index].value) { index += 1 }
    while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
    if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
    return index
  }

  /// The index after a control string (OSC, DCS and the like) starting at `start`: up to and
  /// including BEL, ST (ESC \ or U+009C), or, for a string left open, the end of its line, so
  /// that one broken sequence cannot swallow the article.
  private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      switch scalars[index].value {
      case 0x07, 0x9C: return index + 1
      case 0x1B:
        return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index
      case 0x0A, 0x0D: return index
      default: index += 1
      }
    }
    return index
  }
}
