import ArgumentParser
import Foundation
import TriglotText

/// `triglot detect`: the language of each paragraph and of each whole file.
struct Detect: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Identify the language (uk, en, ru, other, mixed) of each paragraph and file.",
    discussion: """
      Paragraphs are blocks separated by blank lines (in a file without blank lines, every \
      line); in a web page (.html, .htm) or Markdown file (.md), the article's paragraphs as \
      'triglot extract' shows them. A file's language is the letter-weighted majority of its \
      paragraphs, or mixed. Confidence runs from 0 to 1. Encodings: UTF-8, UTF-16 with a \
      byte-order mark, and windows-1251, KOI8-R, KOI8-U (detected, with a note); \
      --encoding NAME forces one.
      Exit codes: 0 success, 2 input error (missing, unreadable, empty, binary or non-UTF-8 \
      file; the other files are still reported), 64 usage error.
      """
  )

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// An aligned table per file, for people.
    case text
    /// One JSON object (`"version": 1`), for programs.
    case json
  }

  @Argument(help: "Text files to read ('-' or none: standard input).")
  var files: [String] = []

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Flag(help: "Replace invalid UTF-8 with U+FFFD and warn, instead of failing.")
  var lossy = false

  @OptionGroup var input: InputOptions

  func run() throws {
    let paths = files.isEmpty ? ["-"] : files
    let identifier = LanguageIdentifier()
    var reports: [FileReport] = []
    var failed = false
    for path in paths {
      do {
        let document = try reportingInputErrors {
          try InputReader.document(of: path, options: input.readerOptions(lossy: lossy))
        }
        reports.append(FileReport(path: path, document: document, identifier: identifier))
      } catch {
        failed = true
      }
    }
    try reportingInputErrors {
      switch format {
      case .json:
        if paths.count == 1 {
          if let report = reports.first { try JSONOutput.print(report) }
        } else {
          try JSONOutput.print(FileList(files: reports))
        }
      case .text:
        try StandardOutput.write(reports.map(\.table).joined(separator: "\n"))
      }
    }
    if failed { throw ExitStatus.inputError }
  }
}

extension Detect {
  /// The result for one file, as printed and as encoded in JSON.
  struct FileReport: Encodable {
    var version = 1
    var path: String
    var language: Language
    var confidence: Double
    var letters: Int
    var paragraphs: [ParagraphReport]

    init(path: String, document: ReadDocument, identifier: LanguageIdentifier) {
      let segments = document.paragraphs
      let result = identifier.identifyDocument(paragraphs: segments.map(\.text))
      self.path = path
      language = result.language
      confidence = Self.rounded(result.confidence)
      letters = result.letterCount
      paragraphs = zip(segments, result.paragraphs).enumerated().map { index, pair in
        ParagraphReport(
          index: index, language: pair.1.language, confidence: Self.rounded(pair.1.confidence),
          letters: pair.1.letterCount, start: pair.0.range.lowerBound,
          end: pair.0.range.upperBound, preview: Self.preview(of: pair.0.text),
          kind: document.origins.indices.contains(index) ? document.origins[index].kind : nil,
          line: document.origins.indices.contains(index)
            ? document.origins[index].position.line : nil)
      }
    }

    /// The aligned table people read.
    var table: String {
      let header = ["#", "language", "confidence", "letters", "text"]
      let rows = paragraphs.map {
        [
          String($0.index), $0.language.rawValue, Self.formatted($0.confidence),
          String($0.letters), $0.preview,
        ]
      }
      let widths = header.indices.map { column in
        ([header] + rows).map { $0[column].count }.max() ?? 0
      }
      let rightAligned: Set<Int> = [0, 2, 3]
      func line(_ cells: [String]) -> String {
        cells.enumerated().map { column, cell in
          if column == cells.count - 1 { return cell }
          return rightAligned.contains(column)
            ? cell.leftPadded(to: widths[column]) : cell.padded(to: widths[column])
        }.joined(separator: "  ")
      }
      var lines = [VisibleControls.escaped(path == "-" ? "<stdin>" : path), line(header)]
      lines += rows.map(line)
      lines.append(
        "document: \(language.rawValue) (confidence \(Self.formatted(confidence)), "
          + "\(paragraphs.count) paragraph\(paragraphs.count == 1 ? "" : "s"), \(letters) letters)")
      return lines.joined(separator: "\n") + "\n"
    }

    enum CodingKeys: String, CodingKey {
      case version, path, language, confidence, letters, paragraphs
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static func formatted(_ value: Double) -> String { String(format: "%.2f", value) }

    /// The first 50 characters of a paragraph on one line.
    static func preview(of text: String) -> String {
      let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
      return flat.count > 50 ? String(flat.prefix(49)) + "…" : flat
    }
  }

  /// One paragraph's result.
  struct ParagraphReport: Encodable {
    var index: Int
    var language: Language
    var confidence: Double
    var letters: Int
    /// Where the paragraph starts and ends in the file, in Unicode scalars.
    var start: Int
    var end: Int
    var preview: String
    /// For HTML and Markdown: what the paragraph is on the page, and its line.
    var kind: ParagraphKind?
    var line: Int?

    enum CodingKeys: String, CodingKey {
      case index, language, confidence, letters, start, end, kind, line
    }
  }

  /// The JSON result for several files.
  struct FileList: Encodable {
    var version = 1
    var files: [FileReport]
  }
}
