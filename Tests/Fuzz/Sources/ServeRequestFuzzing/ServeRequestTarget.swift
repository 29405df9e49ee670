import Foundation
import TriglotText

/// `serve`: a request body as `POST /v1/align` decodes it, through the server's own decoding
/// code (the files of `Sources/triglot/Server/` linked into this module; see the README):
/// `EditionsRequest.parse`, whose errors must be ``ServeError``s with a message, then the
/// editions read as the endpoint reads them (`EditionUpload.document`: base64, file names and
/// their extensions, the options' format, encoding and lossy reading).
public enum ServeRequestTarget {
  /// Decodes `body` and reads its editions.
  public static func run(_ body: [UInt8]) {
    do throws(ServeError) {
      let request = try EditionsRequest<AlignRequestOptions>.parse(Data(body))
      _ = try request.editions()
    } catch {
      precondition(
        error.errorDescription?.isEmpty == false, "serve: a request error without a message")
    }
  }
}
