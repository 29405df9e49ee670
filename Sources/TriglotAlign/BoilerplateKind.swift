/// The kinds of page furniture that a scraped edition carries besides the article.
public enum BoilerplateKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A language switcher ("ua en ru", "УКР ENG РУС", "UA | EN | RU"), a section menu or
  /// breadcrumb ("Головна › Війна"), or a control ("Меню", "Пошук", "Comments (12)").
  case navigation
  /// A photo caption or credit ("Фото: …", "… (photo: Getty Images)"), possibly glued after a
  /// repeated title.
  case caption
  /// A link to another article ("Читайте також: …", "Read also: …").
  case readAlso
  /// An author, translator or source line ("Автор: …", "By …", "Джерело: …"), or a dateline
  /// ("Харків, 17 вересня 2025, 10:24").
  case byline
  /// A share prompt ("Поділитися", "Share").
  case share
  /// A promotion of the site's channels ("Більше новин — у нашому Telegram-каналі").
  case promo
  /// A line of tags ("Теги: …").
  case tags
  /// A site notice: cookies, rights, advertising labels, a prompt to log in to comment.
  case notice
}
