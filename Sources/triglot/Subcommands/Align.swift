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
      files whose languages are detected. Omitted paragraphs show as missing, boilerplate \
      (navigation, captions, promos) is kept apart. Exit codes: 0 success, 2 input error \
      (missing or unreadable file, two files in one language, language unclear), 64 usage error.
      """)

  @Option(name: .customLong("uk"), help: "The Ukrainian edition.")
  var ukrainian: String?

  @Option(name: .customLong("en"), help: "The English edition.")
  var english: String?

  @Option(name: .customLong("ru"), help: "The Russian edition.")
  var russian: String?

  @Argument(help: "Two or three edition files whose languages are detected ('-' is stdin).")
  var files: [String] = []

  @Option(help: "Output format: text, json, tsv or tmx.")
  var format: AlignOutputFormat = .text

  @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
  var lossy = false

  @Flag(inversion: .prefixedNo, help: "Colour the text view (default: only on a terminal).")
  var color: Bool?

  func validate() throws {
    let named = [ukrainian, english, russian].compactMap { $0 }.count
    if named > 0, !files.isEmpty {
      throw ValidationError("give the editions either with --uk/--en/--ru or as files, not both")
    }
    let total = named + files.count
    if total < 2 {
      throw ValidationError(
        "give two or three editions: --uk F --en F --ru F (any two), or two or three files")
    }
    if total > 3 {
      throw ValidationError("give at most three editions (uk, en, ru); got \(total) files")
    }
  }

  func run() throws {
    try reportingInputErrors {
      let editions = try readEditions()
      let alignment = try ParagraphAligner().align(editions)
      try write(alignment)
    }
  }

  private func readEditions() throws -> [Edition] {
    let named: [(Language, String?)] = [(.uk, ukrainian), (.en, english), (.ru, russian)]
    if files.isEmpty {
      return try named.compactMap { language, path in
        guard let path else { return nil }
        return Edition(
          language: language, source: path, text: try InputReader.text(of: path, lossy: lossy))
      }
    }
    var editions: [Edition] = []
    for path in files {
      let text = try InputReader.text(of: path, lossy: lossy)
      let language = ParagraphLanguage.language(of: text)
      guard Language.editions.contains(language) else {
        throw CLIError(
          "\(path): cannot tell whether it is Ukrainian, English or Russian; "
            + "name the editions with --uk, --en and --ru")
      }
      if let twin = editions.first(where: { $0.language == language }) {
        throw CLIError(
          "\(twin.source) and \(path) both look \(language.englishName); "
            + "give one edition per language, or name them with --uk, --en and --ru")
      }
      editions.append(Edition(language: language, source: path, text: text))
    }
    return editions
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
      let formatter = AlignTextFormatter(
        width: AlignTextFormatter.terminalWidth(), color: AlignTextFormatter.useColor(color))
      FileHandle.standardOutput.write(Data(formatter.render(alignment).utf8))
    }
  }
}
