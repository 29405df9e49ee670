/// What marks a part of a web page as furniture rather than article text: element names, ARIA
/// roles, and the words that site templates put in `class` and `id` attributes. Data, so that a
/// new site's markup is one more table entry.
///
/// Class and id values are split into words (`share-bar__btn` → share, bar, btn;
/// `readAlso` → read, also). A value is furniture when one of its words starts with a
/// ``markedWordPrefixes`` entry, equals a ``markedWords`` entry, or two of its words in a row
/// form a ``markedPhrases`` entry, unless one of its words names the content itself
/// (``contentWords``: `post-content comments-on` wraps the article, it is no comment block).
enum PageFurniture {
  /// Elements that never hold article text.
  static let elements: Set<String> = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "input", "select", "textarea", "label", "option", "iframe", "frame", "frameset",
    "svg", "canvas", "object", "embed", "video", "audio", "map", "menu", "dialog", "head",
    "title", "meta", "link", "address",
  ]

  /// ARIA roles of page furniture.
  static let roles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    "menu", "menubar", "toolbar", "tablist", "alert",
  ]

  /// Word beginnings that mark furniture in a class or id ("subscri" covers subscribe,
  /// subscription, subscribers).
  static let markedWordPrefixes: [String] = [
    "share", "sharing", "social", "related", "recommend", "popular", "trending", "subscri",
    "newsletter", "promo", "banner", "advert", "sponsor", "comment", "disqus", "breadcrumb",
    "byline", "author", "dateline", "date", "tags", "keyword", "sidebar", "widget", "menu",
    "nav", "footer", "header", "masthead", "toolbar", "paginat", "pager", "cookie", "consent",
    "gdpr", "login", "signin", "search", "counter", "rating", "copyright", "donat", "paywall",
    "modal", "popup", "overlay", "logo", "readmore", "readalso", "seealso", "mostread",
    "switcher", "telegram", "viber", "messenger",
  ]

  /// Whole words that mark furniture (too short to be prefixes: "ad" would match "address").
  static let markedWords: Set<String> = [
    "ad", "ads", "meta", "tag", "lang", "langs", "language", "languages", "views", "print",
    "skip", "auth", "credits",
  ]

  /// Two words in a row that mark furniture.
  static let markedPhrases: Set<[String]> = [
    ["read", "also"], ["see", "also"], ["most", "read"], ["read", "more"], ["lang", "switch"],
    ["more", "news"], ["last", "news"], ["latest", "news"], ["news", "feed"],
  ]

  /// Words that name the article itself, which wins over a furniture word in the same value.
  static let contentWords: Set<String> = [
    "body", "content", "text", "story", "entry", "articlebody",
  ]

  /// Class words that make a block a lead.
  static let leadWords: Set<String> = [
    "lead", "intro", "summary", "standfirst", "subtitle", "excerpt", "dek", "annotation",
    "anons", "description",
  ]

  /// Class words that make a block a caption.
  static let captionWords: Set<String> = ["caption", "credit", "figcaption"]

  /// Why `node` is furniture by itself (not by an ancestor), or nil.
  static func reason(for node: HTMLTree.Node) -> DroppedBlock.Reason? {
    if elements.contains(node.name) { return .element(node.name) }
    if let role = node[attribute: "role"]?.lowercased(), roles.contains(role) {
      return .role(role)
    }
    if isHidden(node) { return .hidden }
    for attribute in ["class", "id"] {
      guard let value = node[attribute: attribute] else { continue }
      for name in value.split(separator: " ") {
        if let word = markedWord(in: String(name)) {
          return .marked(attribute: attribute, value: String(name), word: word)
        }
      }
    }
    return nil
  }

  /// Whether the element is hidden from readers.
  static func isHidden(_ node: HTMLTree.Node) -> Bool {
    if node[attribute: "hidden"] != nil { return true }
    if node[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
    guard let style = node[attribute: "style"]?.lowercased() else { return false }
    let compact = style.filter { !$0.isWhitespace }
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }

  /// The furniture word of one class name or id, or nil when it names none (or names the
  /// content too).
  static func markedWord(in value: String) -> String? {
    let words = self.words(of: value)
    if words.contains(where: contentWords.contains) { return nil }
    for (first, second) in zip(words, words.dropFirst())
    where markedPhrases.contains([first, second]) {
      return "\(first) \(second)"
    }
    for word in words {
      if markedWords.contains(word) { return word }
      if let prefix = markedWordPrefixes.first(where: word.hasPrefix) { return prefix }
    }
    return nil
  }

  /// Whether one of the class names of `node` has one of `vocabulary`'s words.
  static func hasClassWord(_ node: HTMLTree.Node, in vocabulary: Set<String>) -> Bool {
    let values = [node[attribute: "class"], node[attribute: "itemprop"]].compactMap { $0 }
    return values.contains { value in
      value.split(separator: " ").contains {
        words(of: String($0)).contains(where: vocabulary.contains)
      }
    }
  }

  /// The lower-case words of a class name or id: split at every character that is not a letter
  /// or digit, and between a small letter and a capital (`readAlso` → read, also).
  static func words(of value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousWasLower = false
    for character in value {
      if character.isLetter || character.isNumber {
        if character.isUppercase && previousWasLower && !current.isEmpty {
          words.append(current)
          current = ""
        }
        current += character.lowercased()
        previousWasLower = character.isLowercase
      } else {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousWasLower = false
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
