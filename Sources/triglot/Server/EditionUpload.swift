import Foundation
import TriglotText

/// One edition in a request body, as `"uk": …` gives it: a JSON string (the text as pasted), or
/// an object with the file's bytes in base64 (`{"base64": "…", "filename": "uk.html"}`, what the
/// page sends for an uploaded file, so that a windows-1251 or KOI8 file is detected as on the
/// command line) or its text (`{"text": "…", "filename": "uk.md"}`). The file name's extension
/// tells the format as a path's does for `triglot audit`; without one, HTML is sniffed.
struct EditionUpload: Decodable, Sendable {
  /// The edition's bytes: a text's UTF-8, or the file's bytes as uploaded.
  var bytes: [UInt8]
  /// Whether the edition came as JSON text, which is Unicode already: only a file's bytes have
  /// an encoding to find or force.
  var isText: Bool
  /// The uploaded file's name, shown as the edition's path in the documents.
  var filename: String?

  private static let keys = ["text", "base64", "filename"]

  init(from decoder: any Decoder) throws {
    if let text = try? decoder.singleValueContainer().decode(String.self) {
      self.init(bytes: Array(text.utf8), isText: true, filename: nil)
      return
    }
    guard let container = try? decoder.container(keyedBy: JSONKey.self) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: #"give the edition as a string, or as {"base64": …, "filename": …}"#
            + #" or {"text": …, "filename": …}"#))
    }
    try container.rejectUnknownKeys(Self.keys, kind: "field")
    let filename = try container.decodeIfPresent(String.self, forKey: JSONKey("filename"))
    // The name is the edition's path in the documents, which is never empty.
    if filename?.isEmpty == true {
      throw DecodingError.dataCorruptedError(
        forKey: JSONKey("filename"), in: container,
        debugDescription: "give the file's name (uk.html) or leave the field out")
    }
    let text = try container.decodeIfPresent(String.self, forKey: JSONKey("text"))
    let base64 = try container.decodeIfPresent(String.self, forKey: JSONKey("base64"))
    switch (text, base64) {
    case (let text?, nil):
      self.init(bytes: Array(text.utf8), isText: true, filename: filename)
    case (nil, let base64?):
      guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
        throw DecodingError.dataCorruptedError(
          forKey: JSONKey("base64"), in: container,
          debugDescription: "not valid base64; send the file's bytes base64-encoded")
      }
      self.init(bytes: Array(data), isText: false, filename: filename)
    default:
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: #"give exactly one of "text" and "base64""#))
    }
  }

  private init(bytes: [UInt8], isText: Bool, filename: String?) {
    self.bytes = bytes
    self.isText = isText
    self.filename = filename
  }

  /// Reads the edition as ``DocumentReader`` reads a file: format by the file name's extension
  /// (or sniffed), encoding detected (a text is UTF-8).
  ///
  /// - Throws: ``ServeError/unreadableEdition(_:_:)`` naming the edition: empty, binary, invalid
  ///   in its encoding, a page or Markdown file without article text, over the reader's limits.
  func document(_ language: Language, options: DocumentReader.Options) throws(ServeError)
    -> ReadDocument
  {
    var options = options
    if isText { options.encoding = nil }
    let pathExtension = filename.map { ($0 as NSString).pathExtension }
    do {
      return try DocumentReader.read(
        bytes, source: filename ?? language.rawValue, pathExtension: pathExtension,
        options: options)
    } catch {
      // The reader's message starts with the source: the language, or the file's name.
      let message = error.errorDescription!
      throw .unreadableEdition(
        language, filename == nil ? message : "\(language.rawValue): \(message)")
    }
  }
}
