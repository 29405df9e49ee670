import TriglotAlign

extension BoilerplateKind {
  /// The kind as the HTML report names it in a list ("navigation, captions"): plural where
  /// a page holds several, and in words rather than the JSON's `readAlso`.
  var reportName: String {
    switch self {
    case .navigation: "navigation"
    case .caption: "captions"
    case .readAlso: "“read also” links"
    case .byline: "bylines"
    case .share: "share prompts"
    case .promo: "promotions"
    case .tags: "tags"
    case .notice: "notices"
    }
  }
}
