import Foundation
import HTTPTypes
import TriglotText

/// What `triglot serve` answers instead of a result: an HTTP status and a message that names the
/// problem and what to send instead, as `{"version":1,"error":{"status":…,"message":…}}`
/// (``ErrorDocument``).
enum ServeError: Error, Equatable, LocalizedError {
  /// 400: the body is not JSON; the parser's words for where.
  case invalidJSON(String)
  /// 400: a field is unknown or has a value that cannot be used; the message names the field.
  case invalidRequest(String)
  /// 400: fewer than two editions; the languages that were given.
  case tooFewEditions(given: [Language])
  /// 400: an edition cannot be read (empty, binary, bad bytes, a page without article text);
  /// the message names the edition.
  case unreadableEdition(Language, String)
  /// 413: the body is larger than `--max-body`.
  case bodyTooLarge(limit: Int)
  /// 415: the body is not declared as JSON; the Content-Type given, if any.
  case unsupportedMediaType(String?)
  /// 404: no endpoint has the path.
  case notFound(method: String, path: String)
  /// 405: the path's endpoint takes another method.
  case methodNotAllowed(method: String, path: String, allowed: [String])
  /// 503: the request took longer than `--timeout`.
  case timedOut(seconds: Double)
  /// 500: the server, not the input, failed (the system ICU library, say).
  case failed(String)

  /// The HTTP status of the answer.
  var status: HTTPResponse.Status {
    switch self {
    case .invalidJSON, .invalidRequest, .tooFewEditions, .unreadableEdition: .badRequest
    case .bodyTooLarge: .contentTooLarge
    case .unsupportedMediaType: .unsupportedMediaType
    case .notFound: .notFound
    case .methodNotAllowed: .methodNotAllowed
    case .timedOut: .serviceUnavailable
    case .failed: .internalServerError
    }
  }

  var errorDescription: String? {
    switch self {
    case .invalidJSON(let detail):
      "the body is not valid JSON (\(detail)); send one object such as "
        + #"{"uk": "…", "en": "…", "ru": "…", "options": {}}"#
    case .invalidRequest(let message), .unreadableEdition(_, let message):
      message
    case .tooFewEditions(let given):
      #"give two or three editions as "uk", "en" and "ru" (any two); got "#
        + (given.isEmpty ? "none" : "only \"\(given.map(\.rawValue).joined())\"")
    case .bodyTooLarge(let limit):
      "the body is larger than the \(limit) bytes this server takes (--max-body); send "
        + "shorter editions, or start the server with a larger --max-body"
    case .unsupportedMediaType(let given):
      "send the body as JSON with the header Content-Type: application/json (got "
        + (given.map { "'\($0)'" } ?? "no Content-Type") + ")"
    case .notFound(let method, let path):
      "no endpoint \(method) \(path); the endpoints are "
        + ServeRoute.allCases.map(\.description).joined(separator: ", ")
    case .methodNotAllowed(let method, let path, let allowed):
      "\(path) takes \(allowed.joined(separator: " or ")), not \(method)"
    case .timedOut(let seconds):
      "the request took longer than the \(Self.written(seconds)) s this server allows "
        + "(--timeout); send a shorter article, or start the server with a larger --timeout"
    case .failed(let reason):
      "the server could not complete the request: \(reason)"
    }
  }
}

extension ServeError {
  /// `seconds` as the user typed it: 60, 0.5 (whatever the locale).
  private static func written(_ seconds: Double) -> String {
    seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
  }
}
