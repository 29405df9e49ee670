import Foundation

/// Errors of the text module. Every message names the input and says what to do.
public enum TriglotTextError: Error, Equatable, Sendable {
  /// The input holds no text (zero bytes, or only white space).
  case emptyInput(source: String)
  /// The input contains a NUL byte: it is a binary file, not text.
  case binaryInput(source: String, byteOffset: Int)
  /// The input is not valid UTF-8 at the given byte offset.
  case invalidUTF8(source: String, byteOffset: Int)
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
      "\(source): looks like a binary file (NUL byte at byte offset \(offset)); give a UTF-8 text file"
    case .invalidUTF8(let source, let offset):
      "\(source): invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (e.g. iconv -f cp1251 -t utf-8) or pass --lossy to replace bad bytes with U+FFFD"
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
