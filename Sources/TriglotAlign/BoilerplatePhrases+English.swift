extension BoilerplatePhrases {
  /// English page furniture.
  public static let english = BoilerplatePhrases(
    language: .en,
    readAlsoOpenings: ["read also", "see also", "read more:", "related:", "you may also like"],
    relatedLabels: [
      "read also", "see also", "related", "related news", "related articles", "most read",
      "most popular", "popular", "latest news", "latest", "top stories", "editor's picks",
      "recommended", "you may also like", "more news", "more on this topic", "news feed",
      "partner news",
    ],
    readMoreOpenings: ["for more details", "for more information", "more details"],
    readingCalls: ["read", "article"],
    tagOpenings: ["tags:", "topics:", "keywords:"],
    captionOpenings: [
      "photo:", "photo by", "photo credit", "illustrative photo", "video:", "photo source:",
      "screenshot:", "collage:", "infographic:", "photo from open sources",
    ],
    captionCredits: ["(photo:", "(photo by", "(photo ", "(video:", "(illustrative photo"],
    bylineOpenings: [
      "author:", "editor:", "text:", "translated by", "translation:", "source:", "written by",
    ],
    shareWords: [
      "share", "this", "article", "link", "copy", "tweet", "print", "on", "via", "copied",
    ],
    shareCalls: ["share this", "share the ", "share with", "tell your friends", "send this to"],
    channels: ["social media", "newsletter", "our channel", "google news"],
    promoCalls: [
      "subscribe", "follow ", "more news", "our ", "join", "read ", "we are on", "find us",
    ],
    menuEntries: [
      "home", "news", "war", "politics", "economy", "regions", "world", "sport", "sports",
      "culture", "health", "society", "technology", "tech", "science", "life", "lifestyle",
      "business", "finance", "crime", "photo", "photos", "video", "videos", "blogs",
      "interviews", "articles", "analysis", "opinion", "weather", "auto", "travel",
      "entertainment", "about", "about us", "editorial policy", "advertising", "contacts",
      "contact us", "privacy policy", "cookie policy", "terms of use", "news archive",
      "archive", "careers", "log in", "login", "sign in", "register", "national team",
      "premier league", "european cups", "world football", "transfers", "forum", "all news",
      "ukraine", "kyiv",
    ],
    interfaceLabels: [
      "menu", "search", "skip to content", "skip to main content", "log in", "sign in",
      "register", "subscribe", "load more", "show more", "more news", "all news", "comments",
      "comment", "accept", "close", "got it", "settings", "advertisement", "back to top", "ok",
    ],
    monthNames: [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec",
    ],
    datelineWords: [
      "updated", "published", "today", "yesterday", "min", "mins", "minute", "minutes", "read",
      "reading", "views", "a.m", "p.m", "am", "pm", "at", "on", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday",
    ],
    cookieNoticeWords: ["site", "website", "we use"],
    noticePhrases: [
      "all rights reserved", "published as paid content", "sponsored content",
      "to leave a comment", "log in to comment",
    ]
  )
}
