import Foundation
import TriglotAlign
import TriglotText

/// The body of `POST /v1/audit` and `POST /v1/align`: two or three editions by language
/// (`"uk"`, `"en"`, `"ru"`, each an ``EditionUpload``) and the endpoint's `options`.
struct EditionsRequest<Options: RequestOptions>: Decodable, Sendable {
  /// The editions given, in Triglot's order (uk, en, ru).
  var uploads: [(language: Language, upload: EditionUpload)]
  /// The endpoint's options.
  var options: Options

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: JSONKey.self)
    try container.rejectUnknownKeys(
      Language.editions.map(\.rawValue) + ["options"], kind: "field")
    uploads = try Language.editions.compactMap { language in
      try container.decodeIfPresent(EditionUpload.self, forKey: JSONKey(language.rawValue))
        .map { (language, $0) }
    }
    options = try container.decodeIfPresent(Options.self, forKey: JSONKey("options")) ?? Options()
  }

  /// Parses a request body.
  ///
  /// - Throws: ``ServeError/invalidJSON(_:)``, ``ServeError/invalidRequest(_:)`` naming the
  ///   field at fault, ``ServeError/tooFewEditions(given:)``.
  static func parse(_ body: Data) throws(ServeError) -> Self {
    let request: Self
    do {
      request = try JSONDecoder().decode(Self.self, from: body)
    } catch let error as DecodingError {
      throw error.requestError(in: body)
    } catch {
      throw .invalidJSON(error.localizedDescription)
    }
    guard request.uploads.count >= 2 else {
      throw .tooFewEditions(given: request.uploads.map(\.language))
    }
    return request
  }

  /// Reads the editions as `triglot audit --uk F --en F --ru F` reads its files.
  ///
  /// - Throws: ``ServeError/unreadableEdition(_:_:)`` naming the first edition that cannot be
  ///   read.
  func editions() throws(ServeError) -> [Edition] {
    var editions: [Edition] = []
    for (language, upload) in uploads {
      let document = try upload.document(language, options: options.reading.readerOptions)
      editions.append(Edition(language: language, document: document))
    }
    return editions
  }
}
