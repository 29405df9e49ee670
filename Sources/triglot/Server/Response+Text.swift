import Hummingbird

extension Response {
  /// A response whose body is `text` (UTF-8) of media type `contentType`.
  static func text(
    _ text: String, contentType: String, status: HTTPResponse.Status = .ok,
    headers: HTTPFields = [:]
  ) -> Response {
    var fields = headers
    fields[.contentType] = contentType + "; charset=utf-8"
    return Response(
      status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// A response whose body is `value` as Triglot writes JSON (``JSONOutput``: sorted keys,
  /// pretty-printed), so that it matches what the CLI prints.
  static func json(
    _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
  ) throws -> Response {
    text(
      try JSONOutput.string(value), contentType: "application/json", status: status,
      headers: headers)
  }
}
