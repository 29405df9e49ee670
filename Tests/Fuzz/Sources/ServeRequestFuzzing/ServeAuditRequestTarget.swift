import Foundation
import TriglotAudit
import TriglotText

/// `serve-audit`: a request body as `POST /v1/audit` takes it, through the server's own code:
/// `EditionsRequest.parse` with ``AuditRequestOptions`` (the rules turned off, severities,
/// thresholds, source, standard, a house-style `names` list and the reading options), the
/// editions read, then the audit the endpoint runs, with what it shows and whether it fails.
/// Every error must be a ``ServeError`` with a message: anything else is a 500, which no input
/// should cause.
public enum ServeAuditRequestTarget {
  /// Decodes `body`, reads its editions and audits them.
  public static func run(_ body: [UInt8]) {
    do {
      let request = try EditionsRequest<AuditRequestOptions>.parse(Data(body))
      let report = try request.options.audit(try request.editions())
      let settings = request.options.settings
      let shown = settings.shown(report)
      precondition(
        shown.findings.count <= report.findings.count, "serve-audit: showing added findings")
      if !settings.fails(report) {
        precondition(
          settings.failureReasons(report).isEmpty, "serve-audit: a reason to fail a passing audit")
      }
    } catch let error as ServeError {
      precondition(
        error.errorDescription?.isEmpty == false, "serve-audit: a request error without a message")
    } catch {
      preconditionFailure("serve-audit: an error the server would answer with 500: \(error)")
    }
  }
}
