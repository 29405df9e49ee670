/// The `options` object of an endpoint that reads editions: decoded with its keys checked, and
/// defaulting when absent.
protocol RequestOptions: Decodable, Sendable {
  /// The options when the request gives none.
  init()
  /// How the editions are read.
  var reading: ReadingOptions { get }
}
