/// What a paragraph of an edition is on its page: the headline, the lead, body text, a
/// sub-heading, a list item, a quotation, a caption or a table row. Plain-text editions do not
/// say; HTML and Markdown editions do, and `triglot extract` shows it.
public enum ParagraphKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The headline (`<h1>`, or the page's `og:title` when it has no `<h1>`).
  case title
  /// The lead or standfirst (a paragraph the page marks as such).
  case lead
  /// A paragraph of body text.
  case body
  /// A sub-heading (`<h2>` … `<h6>`, or an `<h1>` after the first).
  case heading
  /// An item of a list.
  case listItem
  /// A quotation (`<blockquote>`, Markdown `>`).
  case quote
  /// A picture's caption or credit (`<figcaption>`, an image's alt text in Markdown).
  case caption
  /// A row of a table, its cells separated by spaces.
  case tableRow
}
