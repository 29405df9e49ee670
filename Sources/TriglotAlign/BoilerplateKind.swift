/// The kinds of page furniture that a scraped edition carries besides the article.
public enum BoilerplateKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A language switcher ("ua en ru", "УКР ENG РУС", "UA | EN | RU").
  case navigation
  /// A photo caption or credit ("Фото: …", "… (photo: Getty Images)"), possibly glued after a
  /// repeated title.
  case caption
  /// A link to another article ("Читайте також: …", "Read also: …").
  case readAlso
  /// An author line ("Автор: …", "By …").
  case byline
  /// A share prompt ("Поділитися", "Share").
  case share
  /// A promotion of the site's channels ("Більше новин — у нашому Telegram-каналі").
  case promo
  /// A line of tags ("Теги: …").
  case tags
}
