import ArgumentParser
import Foundation
import TriglotText

/// `triglot normalize`: cleans a text for display (or builds its matching key) and reports every
/// repair.
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Normalize text and report every repair (homoglyphs, apostrophes, invisibles).",
    discussion: """
      display (default): NFC; CRLF/CR → LF; invisible characters (zero-width space, soft \
      hyphen, BOM …) removed; apostrophe variants between Cyrillic letters → one apostrophe; \
      Latin/Cyrillic homoglyphs inside a word repaired (Харкiв with a Latin i → Харків). URLs, \
      e-mail addresses, hashtags, @handles and tokens with digits (COVID-19, Су-25) are left \
      alone.
      matching: an aggressive key for comparison: the display repairs, then NFKC_Casefold, \
      apostrophes and stress marks removed, quotes and dashes unified, ё → е, white space \
      collapsed.

      The text goes to standard output, the repairs to standard error as \
      FILE:LINE:COLUMN: lines (positions in the input; columns count code points). With \
      --format json, both go to standard output as one JSON object.

      The input is UTF-8, UTF-16 with a byte-order mark, or windows-1251, KOI8-R or KOI8-U \
      (detected, with a note on standard error); --encoding NAME forces one.

      Exit codes: 0 success (repairs are not errors), 2 input error (missing, unreadable, \
      empty or binary file, bytes invalid in its encoding), 64 usage error.
      """
  )

  /// The normalization mode, as the command line spells it.
  enum Mode: String, CaseIterable, ExpressibleByArgument {
    case display
    case matching

    var normalizationMode: NormalizationMode {
      switch self {
      case .display: .display
      case .matching: .matching
      }
    }
  }

  /// The output format.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
  }

  @Option(help: "display (safe, keeps typography) or matching (an aggressive comparison key).")
  var mode: Mode = .display

  @Option(help: "The apostrophe that variants between Cyrillic letters become (display mode).")
  var apostrophe: String?

  @Option(help: "text (normalized text on stdout, repairs on stderr) or json.")
  var format: Format = .text

  @Flag(help: "Replace invalid UTF-8 with U+FFFD and warn, instead of failing.")
  var lossy = false

  @Option(
    help: ArgumentHelp(
      "Read the input in this encoding (e.g. windows-1251, UTF-16LE) instead of finding it "
        + "out.", valueName: "NAME"))
  var encoding: String?

  @Argument(help: "The file to normalize; - or nothing for standard input.")
  var file: String = "-"

  @OptionGroup var size: InputSizeOption

  /// The characters `--apostrophe` takes: the apostrophes and the marks typed for one. A
  /// letter, a space or a newline there would be written into every word that has an
  /// apostrophe.
  static let apostrophes: [Unicode.Scalar] = [
    "'", "\u{2019}", "\u{02BC}", "\u{02B9}", "\u{02BB}", "\u{2032}", "`", "\u{00B4}", "\u{2018}",
    "\u{201B}", "\u{FF07}",
  ]

  func validate() throws {
    if let apostrophe,
      apostrophe.unicodeScalars.count != 1
        || !Self.apostrophes.contains(apostrophe.unicodeScalars.first!)
    {
      let choices = Self.apostrophes.map(String.init).joined(separator: " ")
      throw ValidationError(
        "--apostrophe must be one apostrophe character (\(choices)), got "
          + apostrophe.debugDescription)
    }
    if apostrophe != nil && mode == .matching {
      throw ValidationError("--apostrophe applies to --mode display; matching removes apostrophes")
    }
    if let encoding, TextEncoding(named: encoding) == nil {
      throw ValidationError(
        "unknown encoding '\(encoding)'; give a name ICU knows, such as UTF-8, UTF-16LE, "
          + "windows-1251, KOI8-R, KOI8-U or ISO-8859-5")
    }
  }

  func run() throws {
    let source = file == "-" ? "<stdin>" : file
    let text = try reportingInputErrors {
      try InputReader.text(
        of: file, lossy: lossy, encoding: encoding.flatMap(TextEncoding.init(named:)))
    }
    let normalizer = TextNormalizer(
      mode: mode.normalizationMode,
      apostrophe: apostrophe?.unicodeScalars.first ?? TextNormalizer.defaultApostrophe)
    let result = try reportingInputErrors {
      do {
        return try normalizer.normalize(text)
      } catch let error as ICUError {
        throw TriglotTextError.icu(source: source, error)
      }
    }
    let lines = TextLineIndex(text)
    try reportingInputErrors { try write(result, lines: lines, source: source) }
  }

  private func write(_ result: NormalizationResult, lines: TextLineIndex, source: String) throws {
    switch format {
    case .text:
      let output = mode == .matching ? result.text + "\n" : result.text
      try StandardOutput.write(output)
      for repair in result.repairs {
        let location = lines.location(ofScalarOffset: repair.sourceRange.lowerBound)
        printError("\(source):\(location.line):\(location.column): \(repair.summary)")
      }
    case .json:
      try JSONOutput.print(
        NormalizeReport(
          version: 1, file: source, mode: mode.rawValue, text: result.text,
          repairs: result.repairs.map { NormalizeReport.Repair($0, lines: lines) }))
    }
  }
}

/// The JSON that `triglot normalize --format json` prints.
private struct NormalizeReport: Encodable {
  /// A scalar-offset range.
  struct Span: Encodable {
    var start: Int
    var end: Int
  }

  /// One repair with its place in the input.
  struct Repair: Encodable {
    var kind: String
    var before: String
    var after: String
    var line: Int
    var column: Int
    var sourceRange: Span
    var range: Span?

    init(_ repair: NormalizationRepair, lines: TextLineIndex) {
      kind = repair.kind.rawValue
      before = repair.before
      after = repair.after
      (line, column) = lines.location(ofScalarOffset: repair.sourceRange.lowerBound)
      sourceRange = Span(start: repair.sourceRange.lowerBound, end: repair.sourceRange.upperBound)
      range = repair.range.map { Span(start: $0.lowerBound, end: $0.upperBound) }
    }
  }

  var version: Int
  var file: String
  var mode: String
  var text: String
  var repairs: [Repair]
}

extension NormalizationRepair {
  /// One line for people: `homoglyph 'Харкiв' → 'Харків' (Latin i U+0069 → Cyrillic і U+0456)`.
  fileprivate var summary: String {
    switch kind {
    case .homoglyph, .apostrophe:
      let changes = zip(before.unicodeScalars, after.unicodeScalars).filter { $0 != $1 }
        .map { "\($0.described) → \($1.described)" }
      return "\(kind.rawValue) '\(before)' → '\(after)' (\(changes.joined(separator: ", ")))"
    case .invisible:
      var runs: [(Unicode.Scalar, Int)] = []
      for scalar in before.unicodeScalars {
        if let last = runs.last, last.0 == scalar {
          runs[runs.count - 1].1 += 1
        } else {
          runs.append((scalar, 1))
        }
      }
      let names = runs.map { scalar, count in
        (count > 1 ? "\(count) × " : "") + scalar.codePoint
          + (scalar.properties.name.map { " \($0)" } ?? "")
      }
      return "removed invisible \(names.joined(separator: ", "))"
    }
  }
}

extension Unicode.Scalar {
  /// `U+0069`.
  fileprivate var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `Latin i U+0069`, `Cyrillic і U+0456`, `U+2019` for a non-letter.
  fileprivate var described: String {
    switch UnicodeScript(self) {
    case .latin: "Latin \(self) \(codePoint)"
    case .cyrillic: "Cyrillic \(self) \(codePoint)"
    default: codePoint
    }
  }
}
