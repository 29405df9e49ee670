/// A part of a page the HTML reader left out of the article, and why: what `triglot extract
/// --show-dropped` lists.
public struct DroppedBlock: Sendable, Hashable {
  /// Why a part of the page is not article text.
  public enum Reason: Sendable, Hashable, CustomStringConvertible {
    /// An element that never holds article text (`script`, `nav`, `footer`, `form` …).
    case element(String)
    /// A class or id that names page furniture (`share-bar` names "share").
    case marked(attribute: String, value: String, word: String)
    /// An ARIA role of page furniture (`navigation`, `banner` …).
    case role(String)
    /// Hidden (`hidden`, `aria-hidden="true"`, `display: none`).
    case hidden
    /// A list (or line) of links with little text of its own: a menu, related links, tags.
    case linkList
    /// Outside the element taken as the article.
    case outsideArticle

    public var description: String {
      switch self {
      case .element(let name): "<\(name)>"
      case .marked(let attribute, let value, let word): "\(attribute) “\(value)” (\(word))"
      case .role(let role): "role \(role)"
      case .hidden: "hidden"
      case .linkList: "link list"
      case .outsideArticle: "outside the article"
      }
    }
  }

  /// The text of the part, white space collapsed ("" for an element without text).
  public var text: String
  /// Why it was left out.
  public var reason: Reason
  /// Where it sits in the page.
  public var position: SourcePosition
  /// The element, for people: `div.share-bar`, `nav#main-nav`.
  public var element: String

  /// Creates a dropped block.
  public init(text: String, reason: Reason, position: SourcePosition, element: String) {
    self.text = text
    self.reason = reason
    self.position = position
    self.element = element
  }
}
