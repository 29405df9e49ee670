import Foundation
import Testing

@testable import TriglotText

/// The eight Russian standards against iuliia (PyPI), which carries each standard's letter table
/// and published samples: every sample is a test case, and on the distinct words of our own
/// Corpora (`Resources/iuliia-words.tsv`, written by `Benchmarks/iuliia-fixture.py`) each
/// standard agrees with iuliia on at least 99.5% of the words, every difference being one that
/// Docs/translit.md documents.
@Suite("Transliteration: agreement with iuliia")
struct TransliterationAgreementTests {
  /// One row of a fixture file, split at tabs.
  typealias Row = [String]

  /// The rows of `Resources/<name>.tsv` after its comment and header lines.
  static func rows(_ name: String) -> [Row] {
    guard
      let url = Bundle.module.url(
        forResource: name, withExtension: "tsv", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  /// The standard ids in the order of the words fixture's columns.
  static let columns: [String] = {
    guard
      let url = Bundle.module.url(
        forResource: "iuliia-words", withExtension: "tsv", subdirectory: "Resources"),
      let text = try? String(contentsOf: url, encoding: .utf8),
      let header = text.split(separator: "\n").first(where: { !$0.hasPrefix("#") })
    else { return [] }
    return header.split(separator: "\t").dropFirst().map(String.init)
  }()

  static let words = rows("iuliia-words")
  static let samples = rows("iuliia-samples")

  static func transliterator(_ id: String) throws -> Transliterator {
    try Transliterator(try #require(TransliterationStandard.standard(id: id, language: .ru)))
  }

  /// iuliia's output with its typographic variants folded into the characters the standards'
  /// tables print: four of its tables write the Cyrillic ё (U+0451) where they mean the Latin ë
  /// (U+00EB), and its BGN/PCGN table writes the soft and hard signs as ’ ” where BGN/PCGN (and
  /// ICU's transform) print the primes ʹ ʺ. String comparison is canonical, so iuliia's
  /// decomposed ž equals the composed one.
  static func folded(_ iuliia: String, standard: String) -> String {
    var text = iuliia.replacingOccurrences(of: "ё", with: "ë")
      .replacingOccurrences(of: "Ё", with: "Ë")
    if standard == "bgn-pcgn" {
      text = text.replacingOccurrences(of: "’", with: "ʹ").replacingOccurrences(of: "”", with: "ʺ")
    }
    return text
  }

  /// Why Triglot may write `word` otherwise than iuliia, when the difference is one that
  /// Docs/translit.md documents; nil for an undocumented difference.
  static func documentedDifference(word: String, ours: String, iuliia: String, standard: String)
    -> String?
  {
    let letters = word.filter(\.isLetter)
    // A word in capitals: iuliia capitalizes the first Latin letter of a group only (США SShA);
    // Triglot writes the whole group in capitals (SSHA), except under Wikipedia, whose
    // convention is DShK.
    if standard != "wikipedia", letters.count > 1, letters.allSatisfy(\.isUppercase),
      ours.uppercased() == iuliia.uppercased()
    {
      return "capitals"
    }
    // GOST 7.79-2000 System B writes ц as c before i, e, y, j of the Latin: цю is cyu, where
    // iuliia writes czyu (it looks at the Cyrillic letter, not the Latin).
    if standard == "gost-7.79-b",
      iuliia.replacingOccurrences(of: "czy", with: "cy")
        .replacingOccurrences(of: "Czy", with: "Cy") == ours
    {
      return "gost c before y"
    }
    return nil
  }

  @Test func theFixturesAreThere() {
    #expect(Self.columns.count == 8, "Resources/iuliia-words.tsv: \(Self.columns)")
    #expect(Self.words.count >= 2_000)
    #expect(Self.samples.count >= 50)
  }

  @Test(arguments: samples.map { $0.joined(separator: "|") })
  func publishedSample(_ row: String) throws {
    let fields = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    try #require(fields.count == 4)
    let (standard, cyrillic, latin) = (fields[0], fields[2], fields[3])
    let ours = try Self.transliterator(standard).transliterate(cyrillic)
    #expect(ours == Self.folded(latin, standard: standard), "\(standard) (iuliia \(fields[1]))")
  }

  @Test(arguments: columns)
  func agreementOnTheCorporaWords(_ standard: String) throws {
    let column = try #require(Self.columns.firstIndex(of: standard)) + 1
    let transliterator = try Self.transliterator(standard)
    var differences: [String: Int] = [:]
    var undocumented: [String] = []
    for row in Self.words where row.count == Self.columns.count + 1 {
      let expected = Self.folded(row[column], standard: standard)
      let ours = try transliterator.transliterate(row[0])
      guard ours != expected else { continue }
      if let kind = Self.documentedDifference(
        word: row[0], ours: ours, iuliia: expected, standard: standard)
      {
        differences[kind, default: 0] += 1
      } else {
        undocumented.append("\(row[0]): \(ours) ≠ \(expected)")
      }
    }
    let differing = differences.values.reduce(0, +) + undocumented.count
    let agreement = 1 - Double(differing) / Double(Self.words.count)
    print(
      "iuliia agreement \(standard): \(String(format: "%.4f", agreement)) on \(Self.words.count) "
        + "words; differences \(differences.sorted { $0.key < $1.key }), undocumented "
        + "\(undocumented.count)")
    #expect(agreement >= 0.995, "\(standard)")
    #expect(undocumented.isEmpty, "\(standard): \(undocumented.prefix(20))")
  }
}
