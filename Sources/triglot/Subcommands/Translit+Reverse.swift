import ArgumentParser
import Foundation
import TriglotText

/// `triglot translit --reverse`: ranked Cyrillic spellings for Latin spellings of names.
extension Translit {
  /// The output formats of `--reverse`.
  enum ReverseFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  /// The JSON document `--reverse --format json` prints (version 1).
  struct ReverseReport: Encodable {
    /// One input name and its candidates.
    struct Result: Encodable {
      var input: String
      var candidates: [ScoredCandidate]
    }

    var version = 1
    var language: String
    var results: [Result]
  }

  func validateReverse() throws {
    if lang == .auto {
      throw ValidationError(
        "--reverse needs the target language: add --lang uk or --lang ru")
    }
    if all || standard != nil {
      throw ValidationError("--reverse ranks spellings under every standard; drop --all/--standard")
    }
    if limit < 1 {
      throw ValidationError("--limit must be at least 1")
    }
    if names != nil {
      throw ValidationError("--names applies to transliteration, not to --reverse; drop one")
    }
  }

  /// Ranks candidates for every name given as an argument (each argument is one name), or for
  /// every non-empty line of standard input. A name that is not a Latin spelling (Cyrillic
  /// letters, or no letter at all) has nothing to read: it is reported on standard error, the
  /// other names are still ranked, and the exit code is 2.
  func runReverse() throws {
    guard let target = ReverseTransliterator.Target(lang == .ru ? .ru : .uk) else { return }
    let names = text.isEmpty ? try standardInputLines() : text
    let results = names.map {
      ReverseReport.Result(
        input: $0,
        candidates: ReverseTransliterator.candidates(for: $0, language: target, limit: limit)
          .map { ScoredCandidate(text: $0.text, score: Self.rounded($0.score)) })
    }
    switch format {
    case .json:
      try JSONOutput.print(ReverseReport(language: target.rawValue, results: results))
    case .text:
      try StandardOutput.write(Self.reverseListing(results))
    }
    let unreadable = names.filter { !ReverseTransliterator.isLatinSpelling($0) }
    for name in unreadable {
      let cyrillic = name.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
      printError(
        cyrillic
          ? "triglot: “\(name)”: nothing to read: --reverse reads Latin spellings and this is "
            + "Cyrillic already (drop --reverse to write it in Latin letters)"
          : "triglot: “\(name)”: no Latin letters to read; give a Latin spelling such as "
            + "Zelenskyy")
    }
    if !unreadable.isEmpty { throw ExitStatus.inputError }
  }

  /// A score rounded to 3 decimal places, as the text listing shows it.
  static func rounded(_ score: Double) -> Double {
    (score * 1000).rounded() / 1000
  }

  private func standardInputLines() throws -> [String] {
    let decoded = try InputReader.text(of: "-")
    return decoded.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// Per name: the input, then the candidates ranked with their scores.
  static func reverseListing(_ results: [ReverseReport.Result]) -> String {
    var lines: [String] = []
    for result in results {
      lines.append(result.input)
      if result.candidates.isEmpty {
        lines.append("  (no Latin letters to read)")
      }
      let width = result.candidates.map(\.text.count).max() ?? 0
      for (rank, candidate) in result.candidates.enumerated() {
        lines.append(
          "  \(rank + 1). \(candidate.text.padded(to: width + 2))"
            + String(format: "%.3f", candidate.score))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
