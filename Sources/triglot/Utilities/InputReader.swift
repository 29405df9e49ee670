import Foundation
import TriglotAlign
import TriglotText

/// Reads input files (or standard input for "-"): their bytes, and their text or paragraphs in
/// any supported format and encoding, with a note on standard error whenever the reading was
/// not plain UTF-8 text by the file's name.
enum InputReader {
  /// Reads the bytes of `path` ("-" is standard input) in blocks, up to the limit
  /// (``InputLimit``), with one-line errors naming the file: missing, a folder, not
  /// readable, over the limit. FIFOs, pipes, `<(…)` and `/dev/stdin` are read like files.
  static func bytes(of path: String) throws -> [UInt8] {
    let source = source(of: path)
    let (limit, option) = InputLimit.current
    let tooLarge = { (size: String) in
      let raise = option.map {
        "; give \($0) SIZE (e.g. \($0) \(ByteCount(limit * 4).defaultValueDescription)) to read it"
      }
      return CLIError(
        "\(source): \(size), over the limit of \(ByteCount(limit)) on one input" + (raise ?? ""))
    }
    let descriptor: Int32
    if path == "-" {
      guard !StandardStreams.wasClosed(STDIN_FILENO) else {
        throw CLIError("<stdin>: standard input is closed; give the input as a file")
      }
      descriptor = STDIN_FILENO
    } else {
      var status = stat()
      guard stat(path, &status) == 0 else { throw openError(path, errno) }
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        throw CLIError("\(path): is a directory; give a text file")
      case S_IFREG where Int(status.st_size) > limit:
        throw tooLarge("is \(ByteCount(Int(status.st_size)).approximate)")
      default:
        break
      }
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw openError(path, errno) }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var bytes: [UInt8] = []
    var block = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        let reason = String(cString: strerror(errno))
        throw CLIError("\(source): cannot read the input (\(reason))")
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else {
        throw tooLarge("holds more than \(ByteCount(limit))")
      }
      bytes.append(contentsOf: block[..<count])
    }
  }

  /// The error for a file that `stat` or `open` refused with `code`.
  private static func openError(_ path: String, _ code: Int32) -> CLIError {
    switch code {
    case ENOENT: CLIError("\(path): no such file")
    case EACCES: CLIError("\(path): permission denied; cannot read the file")
    case ENOTDIR: CLIError("\(path): no such file (a part of the path is not a folder)")
    default: CLIError("\(path): cannot read the file (\(String(cString: strerror(code))))")
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
