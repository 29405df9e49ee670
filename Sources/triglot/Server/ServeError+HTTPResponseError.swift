import Hummingbird

extension ServeError: HTTPResponseError {
  /// The answer: the error document as JSON, with `Allow` for 405.
  func response(from request: Request, context: some RequestContext) throws -> Response {
    var headers: HTTPFields = [:]
    if case .methodNotAllowed(_, _, let allowed) = self {
      headers[.allow] = allowed.joined(separator: ", ")
    }
    return try Response.json(ErrorDocument(self), status: status, headers: headers)
  }
}
