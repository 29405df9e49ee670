import Foundation

/// Errors of the text module. Every message names the input and says what to do.
public enum TriglotTextError: Error, Equatable, Sendable {
  /// The input holds no text (zero bytes, or only white space).
  case emptyInput(source: String)
  /// The input contains a NUL byte: it is a binary file, not text.
  case binaryInput(source: String, byteOffset: Int)
  /// The input is not valid UTF-8 at the given byte offset.
  case invalidUTF8(source: String, byteOffset: Int)
  /// The input is not valid in `encoding` (given with `--encoding`, or announced by a UTF-16
  /// byte-order mark) at the given byte offset.
  case invalidEncoding(source: String, encoding: String, byteOffset: Int)
  /// The input is larger than a reader of its format takes.
  case inputTooLarge(source: String, format: String, byteCount: Int, limit: Int)
  /// The HTML nests elements deeper than the reader follows.
  case nestingTooDeep(source: String, line: Int, limit: Int)
  /// The input splits into more paragraphs than one edition may have.
  case tooManyParagraphs(source: String, count: Int, limit: Int)
  /// The HTML or Markdown holds no text that could be taken as an article.
  case noArticleText(source: String, format: String)
  /// The input could not be read (an I/O error); `reason` is the system's word for it.
  case unreadableInput(source: String, reason: String)
  /// ICU failed; the wrapped error says while doing what.
  case icu(source: String, ICUError)
  /// A Hunspell dictionary could not be loaded; `reason` says why.
  case unreadableDictionary(path: String, reason: String)
  /// A line of a house-style name list is not a valid entry; `reason` says what is wrong.
  case invalidNameList(source: String, line: Int, reason: String)
}

extension TriglotTextError: LocalizedError {
  public var errorDescription: String? {
    switch self {
    case .emptyInput(let source):
      "\(source): the input is empty; give a file with text"
    case .binaryInput(let source, let offset):
      "\(source): looks like a binary file (NUL byte at byte offset \(offset)); give a UTF-8 text "
        + "file (for UTF-16 that does not read as such, give --encoding UTF-16LE)"
    case .invalidUTF8(let source, let offset):
      "\(source): invalid UTF-8 at byte offset \(offset); name the file's encoding with "
        + "--encoding NAME (windows-1251, KOI8-R and KOI8-U are found by themselves in Cyrillic "
        + "text), or pass --lossy to replace bad bytes with U+FFFD"
    case .invalidEncoding(let source, let encoding, let offset):
      "\(source): invalid \(encoding) at byte offset \(offset); check the file's encoding "
        + "(--encoding NAME reads it in another)"
    case .inputTooLarge(let source, let format, let count, let limit):
      "\(source): \(count) bytes is more than the \(limit) bytes an \(format) input may have; "
        + "save only the article page, or convert it to text"
    case .nestingTooDeep(let source, let line, let limit):
      "\(source): line \(line): elements nested more than \(limit) deep; this does not look "
        + "like an article page (--input-format text reads it as plain text)"
    case .tooManyParagraphs(let source, let count, let limit):
      "\(source): \(count) paragraphs, more than the \(limit) one edition may have; check that "
        + "it is one article (the triglot CLI takes --max-paragraphs N to raise the limit)"
    case .noArticleText(let source, let format):
      "\(source): no article text found in the \(format); run 'triglot extract --show-dropped "
        + "\(source)' to see what was left out"
    case .unreadableInput(let source, let reason):
      "\(source): cannot read the input (\(reason))"
    case .icu(let source, let error):
      "\(source): \(error.description)"
    case .unreadableDictionary(let path, let reason):
      "\(path): \(reason); reinstall the dictionary (hunspell-uk, hunspell-ru) or point "
        + "TRIGLOT_HUNSPELL_PATH at another folder"
    case .invalidNameList(let source, let line, let reason):
      "\(source):\(line): \(reason); a line is CYRILLIC<TAB>LATIN[<TAB>NOTE], # starts a comment"
    }
  }
}
