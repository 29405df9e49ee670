import ArgumentParser
import Foundation
import TriglotAlign
import TriglotText

/// `triglot align`: aligns two or three editions of an article paragraph by paragraph.
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Align the editions of an article paragraph by paragraph.",
    discussion: """
      Give the editions by language (--uk F --en F --ru F, any two or three) or as two or three \
      files whose languages are detected. Each file is text, a saved web page (.html, .htm: \
      the article is found and the page furniture left out) or Markdown (.md), by extension or \
      --input-format; UTF-8, UTF-16 with a byte-order mark, windows-1251, KOI8-R and KOI8-U \
      are read (--encoding NAME forces one). Omitted paragraphs show as missing, boilerplate \
      (navigation, captions, promos) is kept apart. Exit codes: 0 success, 2 input error \
      (missing or unreadable file, two files in one language, language unclear), 64 usage error.
      """)

  @OptionGroup var inputs: EditionInputs

  @Option(help: "Output format: text, json, tsv or tmx.")
  var format: AlignOutputFormat = .text

  @Flag(inversion: .prefixedNo, help: "Colour the text view (default: only on a terminal).")
  var color: Bool?

  func validate() throws {
    if let folder = inputs.folders.first {
      throw ValidationError(
        "\(folder) is a folder: align reads one article, give two or three edition files "
          + "(triglot audit and triglot eval take article folders)")
    }
  }

  func run() throws {
    try reportingInputErrors {
      let editions = try inputs.editions()
      let alignment = try ParagraphAligner().align(editions)
      try write(alignment)
    }
  }

  private func write(_ alignment: Alignment) throws {
    switch format {
    case .json:
      try JSONOutput.print(AlignJSONDocument(alignment))
    case .tsv:
      FileHandle.standardOutput.write(Data(AlignTSVFormatter.render(alignment).utf8))
    case .tmx:
      let xml = try AlignTMXDocument(alignment, toolVersion: Triglot.configuration.version).xml()
      FileHandle.standardOutput.write(Data(xml.utf8))
    case .text:
      let useColor = TerminalColor.isEnabled(flag: color)
      TerminalColor.configureRainbow(useColor)
      let formatter = AlignTextFormatter(width: AlignTextFormatter.terminalWidth(), color: useColor)
      FileHandle.standardOutput.write(Data(formatter.render(alignment).utf8))
    }
  }
}
