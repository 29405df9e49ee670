import HTTPTypes

/// The endpoints of `triglot serve`: what the router answers, what `triglot serve --help` lists
/// and what `Docs/openapi.json` describes (a test checks the two agree).
enum ServeRoute: CaseIterable, Sendable, CustomStringConvertible {
  /// `GET /`: the page where an editor pastes or uploads the editions.
  case page
  /// `GET /healthz`: whether the server is up, and its version.
  case health
  /// `POST /v1/audit`: the audit document of `triglot audit --format json`, or the HTML report.
  case audit
  /// `POST /v1/align`: the alignment document of `triglot align --format json`.
  case align

  /// The request method the route takes.
  var method: HTTPRequest.Method {
    switch self {
    case .page, .health: .get
    case .audit, .align: .post
    }
  }

  /// The request path.
  var path: String {
    switch self {
    case .page: "/"
    case .health: "/healthz"
    case .audit: "/v1/audit"
    case .align: "/v1/align"
    }
  }

  /// What the route answers, for `--help`.
  var summary: String {
    switch self {
    case .page: "the page: paste or upload editions, get the HTML report"
    case .health: "{\"status\":\"ok\",\"version\":…}"
    case .audit: "triglot audit's JSON (version 1); ?format=html: the report"
    case .align: "triglot align's JSON (version 1)"
    }
  }

  /// "POST /v1/audit".
  var description: String { "\(method) \(path)" }

  /// The routes at `path`, whatever their method.
  static func routes(at path: String) -> [ServeRoute] {
    allCases.filter { $0.path == path }
  }
}
