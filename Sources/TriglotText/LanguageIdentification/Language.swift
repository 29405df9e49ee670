/// A language Triglot tells apart.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Ukrainian.
  case uk
  /// English.
  case en
  /// Russian.
  case ru
  /// Text in some other language, or with too few letters to tell.
  case other
  /// Text that mixes two or more languages in comparable shares.
  case mixed

  /// The three edition languages, in Triglot's canonical order (uk, en, ru).
  public static let editions: [Language] = [.uk, .en, .ru]

  /// The language's name in English ("Ukrainian").
  public var englishName: String {
    switch self {
    case .uk: "Ukrainian"
    case .en: "English"
    case .ru: "Russian"
    case .other: "other"
    case .mixed: "mixed"
    }
  }

  /// The ICU locale used for segmentation and case mapping.
  public var icuLocale: String {
    switch self {
    case .uk: "uk"
    case .en: "en"
    case .ru: "ru"
    case .other, .mixed: "root"
    }
  }

  private var order: Int { Language.allCases.firstIndex(of: self)! }

  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.order < rhs.order }
}
