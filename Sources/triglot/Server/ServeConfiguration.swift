/// How `triglot serve` listens and what it takes: the address, the largest request body and the
/// longest a request may take.
struct ServeConfiguration: Sendable {
  /// The default `--max-body`, 16 MiB: three editions of a long article saved as web pages,
  /// base64-encoded (a third larger), with room to spare; what the HTML reader takes of one
  /// page is 32 MB.
  static let defaultMaxBody = 16 << 20
  /// The default `--timeout` in seconds: the longest Corpora article (12-weekly-digest, 37 KB
  /// an edition) takes 8.5 s of CPU to audit in a debug build, 13 s on a loaded 2-core machine.
  static let defaultTimeout = 60.0

  /// The host name or address to listen on.
  var host: String
  /// The port; 0 lets the system pick a free one.
  var port: Int
  /// The largest request body taken, in bytes.
  var maxBody: Int
  /// The longest a request may take, in seconds.
  var timeout: Double
}
