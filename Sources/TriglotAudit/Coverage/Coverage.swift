import TriglotAlign
import TriglotText

/// How much of a source edition's article text the other editions cover.
///
/// For each other edition: the share of the source's article paragraphs that sit in a group where
/// that edition has a paragraph, and the same share weighted by paragraph length in characters.
/// Boilerplate is left out on both sides.
public struct Coverage: Sendable, Hashable {
  /// One edition's coverage of the source.
  public struct Share: Sendable, Hashable {
    /// The share of the source's article paragraphs with a counterpart, in 0…1.
    public var paragraphs: Double
    /// The share of the source's article characters with a counterpart, in 0…1.
    public var characters: Double

    /// Creates a share.
    public init(paragraphs: Double, characters: Double) {
      self.paragraphs = paragraphs
      self.characters = characters
    }
  }

  /// The edition the others are measured against.
  public var source: Language
  /// For each other edition, its coverage of the source.
  public var editions: [Language: Share]

  /// Creates a coverage value.
  public init(source: Language, editions: [Language: Share]) {
    self.source = source
    self.editions = editions
  }

  /// Measures coverage in `context` relative to `source`, by default ``defaultSource(_:)``.
  ///
  /// - Complexity: O(*p*) in the number of paragraphs.
  public init(_ context: AuditContext, source: Language? = nil) {
    let source = source ?? Self.defaultSource(context)
    var covered: [Language: (paragraphs: Int, characters: Int)] = [:]
    var total = (paragraphs: 0, characters: 0)
    for group in context.alignment.groups.indices {
      let own = context.articleFacts(source, inGroup: group)
      guard !own.isEmpty else { continue }
      let length = own.reduce(0) { $0 + $1.length }
      total.paragraphs += own.count
      total.characters += length
      for language in context.languages where language != source {
        var share = covered[language] ?? (0, 0)
        if !context.articleParagraphs(language, inGroup: group).isEmpty {
          share.paragraphs += own.count
          share.characters += length
        }
        covered[language] = share
      }
    }
    var editions: [Language: Share] = [:]
    for language in context.languages where language != source {
      let share = covered[language] ?? (0, 0)
      editions[language] = Share(
        paragraphs: total.paragraphs == 0 ? 1 : Double(share.paragraphs) / Double(total.paragraphs),
        characters: total.characters == 0
          ? 1 : Double(share.characters) / Double(total.characters))
    }
    self.init(source: source, editions: editions)
  }

  /// The edition with the most article text: the one with article paragraphs in the most
  /// groups, so that an edition that lacks a paragraph is never the yardstick that hides the gap.
  /// Ties go to the edition with more article characters, scaled by the length model to
  /// Ukrainian-equivalent length (English runs longer than Ukrainian for the same content), then
  /// to the earlier language in uk, en, ru order.
  public static func defaultSource(_ context: AuditContext) -> Language {
    let languages = context.languages
    func groups(_ language: Language) -> Int {
      context.alignment.groups.indices.filter {
        !context.articleParagraphs(language, inGroup: $0).isEmpty
      }.count
    }
    func scaledText(_ language: Language) -> Double {
      let characters = (context.facts[language] ?? []).filter { !$0.isBoilerplate }
        .reduce(0) { $0 + $1.length }
      return Double(characters) / LengthModel.calibrated(from: .uk, to: language).ratio
    }
    // `max(by:)` keeps the first of equal elements, so ties go to the earlier language.
    return languages.max {
      (groups($0), scaledText($0)) < (groups($1), scaledText($1))
    } ?? .uk
  }

  /// The lowest share (paragraphs or characters) over all editions, 1 when there is none.
  public var minimum: Double {
    editions.values.flatMap { [$0.paragraphs, $0.characters] }.min() ?? 1
  }
}
