import ArgumentParser
import Foundation
import TriglotAlign
import TriglotText

/// `triglot extract`: what the readers take as the article of each file, paragraph by
/// paragraph, and (with `--show-dropped`) what they leave out and why.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what is read as the article of a web page, Markdown or text file.",
    discussion: """
      For each FILE: its format (by extension, or --input-format; HTML in a .txt file or on \
      stdin is sniffed), its encoding, the language the page declares, the element taken as \
      the article, then every paragraph with its kind (title, lead, body, heading, listItem, \
      quote, caption, tableRow), its line and the kind of boilerplate the aligner will set \
      aside (readAlso, promo …). --show-dropped lists the parts of the page left out (menus, \
      share bars, related links, footers …) with the reason. --format plain prints the \
      paragraphs alone, separated by blank lines, as plain-text input for the other commands.
      Exit codes: 0 success, 2 input error (missing, unreadable, empty or binary file, no \
      article text; the other files are still reported), 64 usage error.
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    /// A table per file, for people.
    case text
    /// One JSON object (`"version": 1`), for programs.
    case json
    /// The paragraphs alone, separated by blank lines.
    case plain
  }

  @Argument(help: "Files to read: .html, .htm, .md or .txt ('-' or none: standard input).")
  var files: [String] = []

  @Option(help: "Output format: text, json or plain.")
  var format: Format = .text

  @Flag(help: "Also list what was left out of the article, and why.")
  var showDropped = false

  @Flag(help: "Replace invalid UTF-8 with U+FFFD and warn, instead of failing.")
  var lossy = false

  @OptionGroup var input: InputOptions

  func validate() throws {
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read only once")
    }
  }

  func run() throws {
    let paths = files.isEmpty ? ["-"] : files
    var reports: [ExtractReport] = []
    var failed = false
    for path in paths {
      do {
        let document = try reportingInputErrors {
          try InputReader.document(of: path, options: input.readerOptions(lossy: lossy))
        }
        reports.append(ExtractReport(path: path, document: document, showDropped: showDropped))
      } catch {
        failed = true
      }
    }
    let output: String
    switch format {
    case .json:
      output =
        paths.count == 1
        ? try reports.first.map(JSONOutput.string) ?? ""
        : try JSONOutput.string(ExtractReport.List(files: reports))
    case .text:
      output = reports.map(\.table).joined(separator: "\n")
    case .plain:
      output = reports.map { report in
        (paths.count > 1 ? "==> \(report.path) <==\n" : "") + report.plain
      }.joined(separator: "\n")
    }
    try reportingInputErrors { try StandardOutput.write(output) }
    if failed { throw ExitStatus.inputError }
  }
}
