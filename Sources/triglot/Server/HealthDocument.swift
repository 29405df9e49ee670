/// The body of `GET /healthz`: `{"status":"ok","version":"0.1.0"}`.
struct HealthDocument: Encodable {
  /// Always "ok": a server that answers is up.
  var status = "ok"
  /// Triglot's version, as `triglot --version` prints it.
  var version = Triglot.configuration.version
}
