import Foundation
import TriglotAlign
import TriglotText

/// One line of a `triglot audit --manifest` file (JSON Lines): an article to audit, by its
/// edition files or their text.
///
///     {"id": "2026-11-03/strike", "uk": "/data/uk/1.html", "en": "/data/en/1.html", "ru": "/data/ru/1.html"}
///     {"id": 17, "uk_text": "Текст…", "en_text": "Text…"}
///
/// Any two or three languages; a file is read as `triglot audit --uk F` reads it (format by
/// extension, encoding detected), a text as plain text (or a web page when it looks like one).
struct ManifestEntry: Sendable, Decodable {
  /// The id echoed in the result line, if the line has one (the result always gives the line's
  /// number).
  var id: ManifestID?
  /// Edition files by language.
  var files: [Language: String] = [:]
  /// Edition texts by language.
  var texts: [Language: String] = [:]

  /// The keys a line may have.
  static let keys = ["id"] + Language.editions.flatMap { [$0.rawValue, $0.rawValue + "_text"] }

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: {
      !Self.keys.contains($0)
    }) {
      throw CLIError(
        "unknown key \"\(unknown)\"; a manifest line has \(Self.keys.map { "\"\($0)\"" }.joined(separator: ", "))")
    }
    id = try container.decodeIfPresent(ManifestID.self, forKey: Key(stringValue: "id"))
    for language in Language.editions {
      if let file = try container.decodeIfPresent(String.self, forKey: Key(stringValue: language.rawValue)) {
        files[language] = file
      }
      if let text = try container.decodeIfPresent(
        String.self, forKey: Key(stringValue: language.rawValue + "_text"))
      {
        guard files[language] == nil else {
          throw CLIError(
            "\"\(language.rawValue)\" and \"\(language.rawValue)_text\" both given; give one")
        }
        texts[language] = text
      }
    }
    guard files.count + texts.count >= 2 else {
      throw CLIError(
        "needs at least two editions (\"uk\", \"en\", \"ru\" as paths, or \"uk_text\" … as "
          + "text); found \(files.count + texts.count)")
    }
  }

  /// Reads the editions, in Triglot's order.
  ///
  /// - Throws: ``CLIError`` naming the file that cannot be read or decoded.
  func editions(name: String, options: DocumentReader.Options) throws -> [Edition] {
    try Language.editions.compactMap { language -> Edition? in
      if let path = files[language] {
        var edition = Edition(
          language: language, document: try InputReader.document(of: path, options: options))
        edition.source = path
        return edition
      }
      guard let text = texts[language] else { return nil }
      let source = "\(name) \(language.rawValue)_text"
      var edition = Edition(
        language: language,
        document: try DocumentReader.read(
          Array(text.utf8), source: source, pathExtension: nil, options: options))
      edition.source = source
      return edition
    }
  }
}
