import TriglotText

/// The words and phrases that mark page furniture in one language: the data
/// ``BoilerplateDetector`` reads. A table per language (`BoilerplatePhrases+Ukrainian.swift`
/// …) plus one for what no language owns (language codes, network names), so that a site's
/// new furniture is one more entry, not one more rule. Entries are lower case; apostrophes are
/// written `'` (the detector reads ’ and ʼ as `'`).
public struct BoilerplatePhrases: Sendable {
  /// The language of the table, or nil for the language-neutral one.
  public var language: Language?
  /// Openings of a pointer to another article ("читайте також", "read also"), at any length.
  public var readAlsoOpenings: [String] = []
  /// Labels of a block of links to other articles, alone in their paragraph ("найпопулярніше",
  /// "most read"); the headlines after them are links too.
  public var relatedLabels: [String] = []
  /// Openings of a closing pointer ("детальніше", "for more details") …
  public var readMoreOpenings: [String] = []
  /// … which is one when it also asks to read elsewhere ("читайте", "in the article").
  public var readingCalls: [String] = []
  /// Openings of a tag line ("теги:", "tags:").
  public var tagOpenings: [String] = []
  /// Openings of a photo or video caption or credit ("фото:", "photo by", "скриншот").
  public var captionOpenings: [String] = []
  /// Parenthesized credits that end a caption ("(фото:", "(photo by").
  public var captionCredits: [String] = []
  /// Openings of an author, editor, translator or source line ("автор:", "translated by",
  /// "джерело:").
  public var bylineOpenings: [String] = []
  /// Words of a share bar ("поділитися", "share", "копіювати", "посилання").
  public var shareWords: [String] = []
  /// Openings of a prompt to pass the article on ("поділіться цією новиною з друзями", "share
  /// this story"), a paragraph of at most ten words.
  public var shareCalls: [String] = []
  /// The site's channels a promo names ("telegram", "google news", "розсилк").
  public var channels: [String] = []
  /// What a promo asks ("підписуй", "follow", "читайте", "ми в"), matched at the start of one
  /// of the paragraph's first five words.
  public var promoCalls: [String] = []
  /// Entries of section menus, footer menus and breadcrumbs ("головна", "новини", "про нас").
  public var menuEntries: [String] = []
  /// Controls and labels that stand alone ("меню", "пошук", "skip to content", "коментарі").
  public var interfaceLabels: [String] = []
  /// Month names in every form a dateline uses ("вересня", "september", "sept").
  public var monthNames: [String] = []
  /// The other words of datelines ("оновлено", "updated", "хв", "читання", "views").
  public var datelineWords: [String] = []
  /// Words that make a paragraph about cookies a cookie notice: the site or "we" using them
  /// ("сайт", "this site", "we use").
  public var cookieNoticeWords: [String] = []
  /// Phrases that make a paragraph a site notice: rights, advertising labels, comment prompts.
  public var noticePhrases: [String] = []
}

extension BoilerplatePhrases {
  /// Every table: Ukrainian, English, Russian and the language-neutral one.
  public static let all: [BoilerplatePhrases] = [.ukrainian, .english, .russian, .neutral]
}

/// The tables of ``BoilerplatePhrases/all`` merged, as the detector looks entries up.
struct BoilerplateVocabulary: Sendable {
  var readAlsoOpenings: [String]
  var relatedLabels: Set<String>
  var readMoreOpenings: [String]
  var readingCalls: [String]
  var tagOpenings: [String]
  var captionOpenings: [String]
  var captionCredits: [String]
  var bylineOpenings: [String]
  var shareWords: Set<String>
  var shareCalls: [String]
  var channels: [String]
  var promoCalls: [String]
  var menuEntries: Set<String>
  /// The longest menu entry, in words.
  var longestMenuEntry: Int
  var interfaceLabels: Set<String>
  var monthNames: Set<String>
  var datelineWords: Set<String>
  var cookieNoticeWords: [String]
  var noticePhrases: [String]
  var languageCodes: Set<String>

  init(_ tables: [BoilerplatePhrases]) {
    func merged(_ field: KeyPath<BoilerplatePhrases, [String]>) -> [String] {
      var seen = Set<String>()
      return tables.flatMap { $0[keyPath: field] }.filter { seen.insert($0).inserted }
    }
    readAlsoOpenings = merged(\.readAlsoOpenings)
    relatedLabels = Set(merged(\.relatedLabels))
    readMoreOpenings = merged(\.readMoreOpenings)
    readingCalls = merged(\.readingCalls)
    tagOpenings = merged(\.tagOpenings)
    captionOpenings = merged(\.captionOpenings)
    captionCredits = merged(\.captionCredits)
    bylineOpenings = merged(\.bylineOpenings)
    shareWords = Set(merged(\.shareWords))
    shareCalls = merged(\.shareCalls)
    channels = merged(\.channels)
    promoCalls = merged(\.promoCalls)
    menuEntries = Set(merged(\.menuEntries))
    longestMenuEntry = menuEntries.map { $0.split(separator: " ").count }.max() ?? 1
    interfaceLabels = Set(merged(\.interfaceLabels))
    monthNames = Set(merged(\.monthNames))
    datelineWords = Set(merged(\.datelineWords))
    cookieNoticeWords = merged(\.cookieNoticeWords)
    noticePhrases = merged(\.noticePhrases)
    languageCodes = BoilerplatePhrases.languageCodes
  }

  /// The merged default tables.
  static let standard = BoilerplateVocabulary(BoilerplatePhrases.all)
}
