import Foundation
import TriglotText

/// Recognizes boilerplate paragraphs: the navigation, captions, promos, bylines and share
/// prompts that a scraped page carries around the article in all three languages.
///
/// The rules look at the paragraph alone and are written for Ukrainian, Russian and English
/// news sites. A paragraph that merely mentions Telegram or a photo is article text; a short
/// paragraph that invites readers to subscribe, or that ends in a photo credit, is not.
public struct BoilerplateDetector: Sendable {
  /// Creates a detector.
  public init() {}

  /// The kind of boilerplate `paragraph` is, or nil for article text.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  public func kind(of paragraph: String) -> BoilerplateKind? {
    let trimmed = paragraph.trimmingPrefix(while: \.isWhitespace)
    guard !trimmed.isEmpty else { return nil }
    let head = trimmed.prefix(40).lowercased()
    if Self.readAlsoOpenings.contains(where: head.hasPrefix) { return .readAlso }
    if isReadMorePointer(head, trimmed) { return .readAlso }
    if Self.tagOpenings.contains(where: head.hasPrefix) { return .tags }
    if Self.captionOpenings.contains(where: head.hasPrefix) { return .caption }
    if isCaptionCredit(trimmed) { return .caption }
    guard trimmed.utf8.count <= 400 else { return nil }
    let lower = trimmed.lowercased()
    if isNavigation(lower) { return .navigation }
    if isByline(lower) { return .byline }
    if isShare(lower) { return .share }
    if isPromo(lower) { return .promo }
    return nil
  }

  /// The kind of boilerplate `paragraph` is, given what its page declares it to be (HTML and
  /// Markdown editions): a caption (`<figcaption>`) is always one, whatever its text.
  ///
  /// - Complexity: O(*n*) in the length of the paragraph.
  public func kind(of paragraph: String, declared: ParagraphKind?) -> BoilerplateKind? {
    declared == .caption ? .caption : kind(of: paragraph)
  }

  static let navigationWords: Set<String> = [
    "ua", "uk", "ukr", "укр", "en", "eng", "ru", "rus", "рус", "ру", "англ", "de", "pl", "fr",
  ]

  static let readAlsoOpenings = [
    "читайте також", "читайте также", "також читайте", "также читайте", "read also", "see also",
    "read more:", "дивіться також", "смотрите также", "більше за темою", "больше по теме",
    "по темі:", "по теме:", "related:",
  ]

  /// Openings of a closing pointer to another article ("For more details …, read the article
  /// by RBC-Ukraine"), which is a promo only when it also asks the reader to read elsewhere.
  static let readMoreOpenings = [
    "for more details", "for more information", "more details", "детальніше", "докладніше",
    "більше деталей", "подробнее", "детальнее", "больше подробностей",
  ]

  /// What such a pointer asks: to read a piece elsewhere.
  static let readingCalls = [
    "read", "читайте", "читати", "читать", "у матеріалі", "в матеріалі", "в материале",
    "article", "у статті", "в статье",
  ]

  static let tagOpenings = ["теги:", "tags:", "теги :", "тэги:"]

  static let captionOpenings = [
    "фото:", "photo:", "фото -", "фото –", "фото —", "photo by", "photo credit",
    "ілюстративне фото", "иллюстративное фото", "illustrative photo", "фото ілюстративне",
    "фото иллюстративное", "відео:", "видео:", "video:",
  ]

  static let captionCredits = [
    "(фото:", "(photo:", "(фото ", "(photo by", "(photo ", "(відео:", "(видео:", "(video:",
    "(ілюстративне фото", "(иллюстративное фото", "(illustrative photo",
  ]

  static let bylineOpenings = [
    "автор:", "авторка:", "author:", "редактор:", "editor:", "автор -", "автор –", "текст:",
  ]

  static let shareWords: Set<String> = [
    "поділитися", "поделиться", "поширити", "share", "this", "article", "facebook", "twitter",
    "telegram", "viber", "whatsapp", "linkedin", "x", "копіювати", "копировать", "посилання",
    "ссылку", "link", "copy",
  ]

  static let channels = [
    "telegram", "viber", "youtube", "facebook", "instagram", "whatsapp", "tiktok", "соцмереж",
    "соцсет", "social media", "newsletter", "розсилк", "рассылк", "телеграм",
  ]

  static let promoCalls = [
    "підписуй", "подписыв", "subscribe", "follow", "більше новин", "больше новостей",
    "more news", "нашому", "нашем", "наш ", "our ", "приєднуй", "присоединя", "join",
  ]

  private func words(_ lower: String) -> [Substring] {
    lower.split { $0.isWhitespace || "|/·•,.!:".contains($0) }
  }

  private func isReadMorePointer(_ head: String, _ text: Substring) -> Bool {
    guard text.count <= 250, Self.readMoreOpenings.contains(where: head.hasPrefix) else {
      return false
    }
    let lower = text.lowercased()
    return Self.readingCalls.contains { lower.contains($0) }
  }

  private func isNavigation(_ lower: String) -> Bool {
    guard lower.count <= 40 else { return false }
    let parts = words(lower)
    return (2...8).contains(parts.count)
      && parts.allSatisfy { Self.navigationWords.contains(String($0)) }
  }

  /// A paragraph that ends in a parenthesized photo or video credit.
  private func isCaptionCredit(_ text: Substring) -> Bool {
    let end = text.unicodeScalars.reversed().drop { $0 == " " || $0 == "." || $0 == "\n" }
    guard end.first == ")", let open = text.unicodeScalars.lastIndex(of: "(") else { return false }
    let tail = String(text.unicodeScalars[open...].prefix(30)).lowercased()
    return Self.captionCredits.contains { tail.hasPrefix($0) }
  }

  private func isByline(_ lower: String) -> Bool {
    if Self.bylineOpenings.contains(where: lower.hasPrefix) { return lower.count < 120 }
    return lower.hasPrefix("by ") && words(lower).count <= 5
  }

  private func isShare(_ lower: String) -> Bool {
    guard lower.count <= 80 else { return false }
    let parts = words(lower)
    return (1...6).contains(parts.count)
      && parts.allSatisfy { Self.shareWords.contains(String($0)) }
  }

  private func isPromo(_ lower: String) -> Bool {
    guard lower.count <= 200 else { return false }
    let bytes = Array(lower.utf8)
    func mentions(_ needle: String) -> Bool {
      let pattern = Array(needle.utf8)
      guard pattern.count <= bytes.count else { return false }
      return (0...(bytes.count - pattern.count)).contains { start in
        bytes[start..<(start + pattern.count)].elementsEqual(pattern)
      }
    }
    return Self.channels.contains(where: mentions) && Self.promoCalls.contains(where: mentions)
  }
}
