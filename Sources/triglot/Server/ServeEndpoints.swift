import Foundation
import HTTPTypes
import Hummingbird
import TriglotAudit

/// What `triglot serve` answers on each of its routes. The JSON endpoints read the body within
/// the limits of the configuration, do the work the CLI does with the same options, and answer
/// the same documents the CLI prints.
struct ServeEndpoints: Sendable {
  /// The header that says whether `triglot audit` with the same options would exit 1.
  static let auditFails = HTTPField.Name("Triglot-Audit-Fails")!

  /// The limits.
  var configuration: ServeConfiguration
  /// The page of `GET /`, rendered once.
  var page: String

  /// The endpoints of `configuration`.
  init(configuration: ServeConfiguration) {
    self.configuration = configuration
    page = AuditFormPage(maxBody: configuration.maxBody).render()
  }

  /// The answer to `request` on `route`.
  func respond(_ route: ServeRoute, to request: Request) async throws -> Response {
    switch route {
    case .page:
      .text(page, contentType: "text/html")
    case .health:
      try .json(HealthDocument())
    case .audit:
      try await audit(request)
    case .align:
      try await align(request)
    }
  }

  /// `POST /v1/audit[?format=html]`.
  private func audit(_ request: Request) async throws -> Response {
    let html = try Self.format(of: request, among: [AuditFormat.json, .html]) == .html
    let (rendered, fails) = try await RequestDeadline.within(seconds: configuration.timeout) {
      let body = try EditionsRequest<AuditRequestOptions>.parse(try await jsonBody(of: request))
      return try await BlockingWork.run {
        let report = try body.options.audit(try body.editions())
        let shown = body.options.settings.shown(report)
        let rendered =
          html ? HTMLReportRenderer().render(shown) : try AuditJSONDocument(shown).encoded()
        return (rendered, body.options.settings.fails(report))
      }
    }
    return .text(
      rendered, contentType: html ? "text/html" : "application/json",
      headers: [Self.auditFails: fails ? "true" : "false"])
  }

  /// `POST /v1/align`.
  private func align(_ request: Request) async throws -> Response {
    _ = try Self.format(of: request, among: [AlignOutputFormat.json])
    let rendered = try await RequestDeadline.within(seconds: configuration.timeout) {
      let body = try EditionsRequest<AlignRequestOptions>.parse(try await jsonBody(of: request))
      return try await BlockingWork.run {
        let aligned = try body.options.level.align(try body.editions())
        return try JSONOutput.string(
          AlignJSONDocument(aligned.paragraphs, sentences: aligned.sentences))
      }
    }
    return .text(rendered, contentType: "application/json")
  }

  /// The request's `?format=`, one of `formats` (the first when absent): the formats of the
  /// command's `--format` the endpoint answers in.
  private static func format<Format: RawRepresentable<String>>(
    of request: Request, among formats: [Format]
  ) throws(ServeError) -> Format {
    guard let written = request.uri.queryParameters.get("format") else { return formats[0] }
    guard let format = formats.first(where: { $0.rawValue == written }) else {
      throw .invalidRequest(
        "unknown format '\(written)' for ?format=; \(request.uri.path) answers "
          + formats.map(\.rawValue).joined(separator: " or "))
    }
    return format
  }

  /// The body of a JSON request: declared as JSON and no larger than `--max-body`.
  private func jsonBody(of request: Request) async throws -> Data {
    let type = request.headers[.contentType]
    guard let type, Self.isJSON(type) else { throw ServeError.unsupportedMediaType(type) }
    let limit = configuration.maxBody
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw ServeError.bodyTooLarge(limit: limit)
    }
    do {
      return Data(try await request.body.collect(upTo: limit).readableBytesView)
    } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
      // A body sent without Content-Length (chunked) is cut off where it passes the limit.
      throw ServeError.bodyTooLarge(limit: limit)
    }
  }

  /// Whether a Content-Type names JSON: `application/json`, with parameters or not, or a
  /// `+json` type.
  private static func isJSON(_ contentType: String) -> Bool {
    let media = contentType.split(separator: ";", maxSplits: 1).first ?? ""
    let type = media.trimmingCharacters(in: .whitespaces).lowercased()
    return type == "application/json" || type.hasPrefix("application/") && type.hasSuffix("+json")
  }
}
