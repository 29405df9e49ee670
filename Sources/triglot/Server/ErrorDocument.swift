/// The body of every error `triglot serve` answers:
/// `{"version":1,"error":{"status":400,"message":"…"}}`.
struct ErrorDocument: Encodable {
  /// The status and the message.
  struct Detail: Encodable {
    /// The HTTP status code, as in the response's status line.
    var status: Int
    /// What is wrong and what to send instead.
    var message: String
  }

  /// Always 1, as in every version-1 document Triglot writes.
  var version = 1
  /// The error.
  var error: Detail

  /// The document of `error`.
  init(_ error: ServeError) {
    self.error = Detail(status: error.status.code, message: error.errorDescription!)
  }
}
