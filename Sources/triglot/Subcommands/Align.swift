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

  @Option(
    help: ArgumentHelp(
      "What a unit of output is: paragraph (a paragraph group), or sentence (the sentences "
        + "of each paragraph group aligned; TMX with segtype=\"sentence\")."))
  var level: AlignOutputLevel = .paragraph

  @Flag(inversion: .prefixedNo, help: "Colour the text view (default: only on a terminal).")
  var color: Bool?

  func validate() throws {
    if let folder = inputs.folders.first {
      throw ValidationError(
        "\(folder) is a folder: align reads one article, give two or three edition files "
          + "(triglot audit and triglot eval take article folders)")
    }
    try inputs.validateEditionCount()
  }

  func run() throws {
    try reportingInputErrors {
      let aligned = try level.align(try inputs.editions())
      try write(aligned.paragraphs, sentences: aligned.sentences)
    }
  }

  private func write(_ alignment: Alignment, sentences: SentenceAlignment?) throws {
    switch format {
    case .json:
      try JSONOutput.print(AlignJSONDocument(alignment, sentences: sentences))
    case .tsv:
      let tsv =
        sentences.map { AlignTSVFormatter.render(alignment, sentences: $0) }
        ?? AlignTSVFormatter.render(alignment)
      try StandardOutput.write(tsv)
    case .tmx:
      let xml = try AlignTMXDocument(
        alignment, sentences: sentences, toolVersion: Triglot.configuration.version
      ).xml()
      try StandardOutput.write(xml)
    case .text:
      let useColor = TerminalColor.isEnabled(flag: color)
      TerminalColor.configureRainbow(useColor)
      let formatter = AlignTextFormatter(width: TerminalWidth.columns(), color: useColor)
      let text =
        sentences.map { formatter.render(alignment, sentences: $0) } ?? formatter.render(alignment)
      try StandardOutput.write(text)
    }
  }
}
