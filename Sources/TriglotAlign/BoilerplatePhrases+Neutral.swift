extension BoilerplatePhrases {
  /// The labels of language switchers ("ua en ru", "УКР ENG РУС").
  static let languageCodes: Set<String> = [
    "ua", "uk", "ukr", "укр", "en", "eng", "ru", "rus", "рус", "ру", "англ", "de", "pl", "fr",
  ]

  /// What no language owns: the names of networks and messengers on share bars and promos.
  public static let neutral = BoilerplatePhrases(
    language: nil,
    shareWords: [
      "facebook", "twitter", "telegram", "viber", "whatsapp", "linkedin", "x", "email", "e-mail",
      "pinterest", "reddit", "messenger", "threads",
    ],
    channels: [
      "telegram", "viber", "youtube", "facebook", "instagram", "whatsapp", "tiktok",
      "google news", "threads", "twitter",
    ],
    menuEntries: ["rss", "faq"]
  )
}
