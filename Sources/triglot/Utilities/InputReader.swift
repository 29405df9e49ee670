import Foundation
import TriglotAlign
import TriglotText

/// Reads input files (or standard input for "-"): their bytes, and their text or paragraphs in
/// any supported format and encoding, with a note on standard error whenever the reading was
/// not plain UTF-8 text by the file's name.
enum InputReader {
  /// Reads the bytes of `path` ("-" is standard input), with one-line errors naming the file.
  static func bytes(of path: String) throws -> [UInt8] {
    if path == "-" {
      return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError("\(path): no such file")
    }
    if isDirectory.boolValue {
      throw CLIError("\(path): is a directory; give a text file")
    }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw CLIError("\(path): permission denied; cannot read the file")
    }
    do {
      return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw CLIError("\(path): cannot read the file (\(error.localizedDescription))")
    }
  }

  /// The name `path` goes by in messages ("<stdin>" for "-").
  static func source(of path: String) -> String { path == "-" ? "<stdin>" : path }

  /// Reads and decodes `path` as plain text (for `normalize`). With `lossy`, invalid UTF-8 is
  /// replaced and a warning printed.
  static func text(of path: String, lossy: Bool = false, encoding: TextEncoding? = nil) throws
    -> String
  {
    let source = source(of: path)
    let result = try TextDecoder.decode(
      try bytes(of: path), source: source, lossy: lossy, encoding: encoding)
    report(result, source: source)
    return result.text
  }

  /// Reads `path` as an edition in the format and encoding `options` give or that are found
  /// out, noting on standard error what was found.
  static func document(of path: String, options: DocumentReader.Options) throws -> ReadDocument {
    let source = source(of: path)
    let pathExtension = path == "-" ? nil : (path as NSString).pathExtension
    let document = try DocumentReader.read(
      try bytes(of: path), source: source, pathExtension: pathExtension, options: options)
    if document.formatEvidence == .sniffed {
      printError(
        "triglot: note: \(source) looks like HTML; reading it as a web page "
          + "(--input-format text reads it as text)")
    }
    report(document.decoded, source: source)
    if document.removedEscapeSequences + document.removedControlCharacters > 0 {
      printError(
        "triglot: note: \(source): took out \(document.removedEscapeSequences) terminal escape "
          + "sequence(s) and \(document.removedControlCharacters) other control character(s), "
          + "which are not text")
    }
    return document
  }

  /// Reads `path` as the edition of `language` (its source the path), warning on standard error
  /// when it reads as another of the three languages (``warnIfMislabelled(_:)``).
  static func edition(_ language: Language, at path: String, options: DocumentReader.Options)
    throws -> Edition
  {
    var edition = Edition(language: language, document: try document(of: path, options: options))
    edition.source = path
    warnIfMislabelled(edition)
    return edition
  }

  /// Notes the encoding when it was not UTF-8, and warns about replaced bytes.
  private static func report(_ result: TextDecoder.Result, source: String) {
    switch result.evidence {
    case .detected:
      printError(
        "triglot: note: \(source) is not UTF-8; read as \(result.encoding.name) (detected; "
          + "--encoding NAME reads it in another)")
    case .byteOrderMark:
      printError("triglot: note: \(source): read as \(result.encoding.name) (byte-order mark)")
    case .utf8, .given:
      break
    }
    if !result.replacedOffsets.isEmpty {
      let shown = result.replacedOffsets.prefix(5).map(String.init).joined(separator: ", ")
      let more = result.replacedOffsets.count > 5 ? ", …" : ""
      printError(
        "triglot: warning: \(source): replaced \(result.replacedOffsets.count) invalid UTF-8 "
          + "sequence(s) with U+FFFD at byte offset(s) \(shown)\(more)")
    }
  }
}
