import TriglotAlign
import TriglotText

/// The version-1 JSON document of `triglot align --format json`:
/// `{"version":1,"editions":[{"lang","path","paragraphs":[{"index","text","language",
/// "boilerplate"}]}],"groups":[{"uk":[…],"en":[…],"ru":[…],"confidence"}]}`. Every group has
/// all three language keys. Extra fields: a paragraph's `range` (Unicode-scalar offsets in its
/// file; for HTML and Markdown, in the article text `triglot extract --format plain` prints) and
/// `boilerplateKind`, and for HTML and Markdown editions `kind` (title, body, caption …), `line`
/// and `xpath` (HTML); a group's `bead` ("1-1-0"), `boilerplate` and, on linked captions,
/// `caption`; with `--level sentence`, a group's `sentences` (its sentence groups: per language
/// the sentences with their paragraph, index in the paragraph, text and range in the
/// paragraph's text).
struct AlignJSONDocument: Encodable {
  struct Paragraph: Encodable {
    var index: Int
    var text: String
    var language: String
    var boilerplate: Bool
    var boilerplateKind: String?
    var range: [Int]
    /// For HTML and Markdown editions: what the paragraph is on the page, and where.
    var kind: String?
    var line: Int?
    var xpath: String?
  }

  struct EditionEntry: Encodable {
    var lang: String
    var path: String
    var paragraphs: [Paragraph]
  }

  struct Group: Encodable {
    var uk: [Int]
    var en: [Int]
    var ru: [Int]
    var confidence: Double
    var bead: String
    var boilerplate: Bool
    /// True on a group of linked captions; absent otherwise.
    var caption: Bool?
    /// The group's sentence groups, with `--level sentence` only.
    var sentences: [SentenceGroupEntry]?
  }

  struct Sentence: Encodable {
    var paragraph: Int
    var index: Int
    var text: String
    /// Unicode-scalar offsets in the paragraph's `text`.
    var range: [Int]
  }

  struct SentenceGroupEntry: Encodable {
    var uk: [Sentence]
    var en: [Sentence]
    var ru: [Sentence]
    var confidence: Double
    var bead: String
  }

  var version = 1
  var editions: [EditionEntry]
  var groups: [Group]

  init(_ alignment: Alignment, sentences: SentenceAlignment? = nil) {
    let languages = alignment.editions.map(\.language)
    editions = alignment.editions.map { edition in
      let info = alignment.paragraphInfo[edition.language] ?? []
      return EditionEntry(
        lang: edition.language.rawValue, path: edition.source,
        paragraphs: edition.paragraphs.enumerated().map { index, paragraph in
          let paragraphInfo = index < info.count ? info[index] : nil
          let origin = edition.origin(of: index)
          return Paragraph(
            index: index, text: paragraph.text,
            language: (paragraphInfo?.language ?? edition.language).rawValue,
            boilerplate: paragraphInfo?.isBoilerplate ?? false,
            boilerplateKind: paragraphInfo?.boilerplate?.rawValue,
            range: [paragraph.range.lowerBound, paragraph.range.upperBound],
            kind: origin?.kind.rawValue, line: origin?.position.line, xpath: origin?.position.path)
        })
    }
    groups = alignment.groups.enumerated().map { index, group in
      Group(
        uk: group[.uk], en: group[.en], ru: group[.ru],
        confidence: Self.rounded(group.confidence),
        bead: group.bead(for: languages), boilerplate: group.isBoilerplate,
        caption: group.isCaption ? true : nil,
        sentences: sentences.map { sentences in
          sentences.groups[index].map { Self.entry($0, sentences, languages: languages) }
        })
    }
  }

  private static func entry(
    _ group: SentenceGroup, _ alignment: SentenceAlignment, languages: [Language]
  ) -> SentenceGroupEntry {
    func sentences(_ language: Language) -> [Sentence] {
      group[language].compactMap { id in
        alignment.sentence(id, in: language).map {
          Sentence(
            paragraph: id.paragraph, index: id.sentence, text: $0.text,
            range: [$0.range.lowerBound, $0.range.upperBound])
        }
      }
    }
    return SentenceGroupEntry(
      uk: sentences(.uk), en: sentences(.en), ru: sentences(.ru),
      confidence: rounded(group.confidence), bead: group.bead(for: languages))
  }

  private static func rounded(_ confidence: Double) -> Double {
    (confidence * 1000).rounded() / 1000
  }
}
