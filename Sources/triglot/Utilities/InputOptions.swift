import ArgumentParser
import TriglotText

/// How the commands that read editions (`align`, `audit`, `detect`, `extract`) read a file:
/// its format and its encoding, both found out unless given.
struct InputOptions: ParsableArguments {
  @Option(
    name: .customLong("input-format"),
    help: ArgumentHelp(
      "Read every input as text, html or markdown (default auto: by extension, .html .htm "
        + ".md .txt; HTML in a .txt file or on stdin is sniffed).", valueName: "FORMAT"))
  var inputFormat: InputFormatChoice = .auto

  @Option(
    help: ArgumentHelp(
      "Read every input in this encoding (e.g. windows-1251, KOI8-U, UTF-16LE) instead of "
        + "finding it out.", valueName: "NAME"))
  var encoding: String?

  @OptionGroup var size: InputSizeOption

  @Option(
    name: .customLong("max-paragraphs"),
    help: ArgumentHelp(
      "Refuse an edition of more than N paragraphs instead of aligning it.", valueName: "N"))
  var maxParagraphs = DocumentReader.Options.defaultParagraphLimit

  func validate() throws {
    if let encoding, TextEncoding(named: encoding) == nil {
      throw ValidationError(Self.unknownEncoding(encoding))
    }
    if maxParagraphs < 1 {
      throw ValidationError("--max-paragraphs must be 1 or more; got \(maxParagraphs)")
    }
  }

  /// What is said of an encoding name ICU does not know (`--encoding`, or a request's
  /// `options.encoding`).
  static func unknownEncoding(_ name: String) -> String {
    "unknown encoding '\(name)'; give a name ICU knows, such as UTF-8, UTF-16LE, windows-1251, "
      + "KOI8-R, KOI8-U or ISO-8859-5"
  }

  /// The reader's options, with `lossy` from the command's `--lossy`.
  func readerOptions(lossy: Bool) -> DocumentReader.Options {
    DocumentReader.Options(
      format: inputFormat.format, encoding: encoding.flatMap(TextEncoding.init(named:)),
      lossy: lossy, maxParagraphs: maxParagraphs)
  }
}

/// `--input-format`: auto, or one of the formats.
enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, text, html, markdown

  /// The format, or nil for auto.
  var format: InputFormat? {
    switch self {
    case .auto: nil
    case .text: .text
    case .html: .html
    case .markdown: .markdown
    }
  }
}
