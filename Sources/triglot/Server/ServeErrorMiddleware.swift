import Foundation
import Hummingbird

/// Answers every failure as an ``ErrorDocument``: a ``ServeError`` as it is, a path no route has
/// as 404 (405 with `Allow` when the path has a route of another method), and anything else,
/// which no input should cause, as 500 with the error's text (also logged).
struct ServeErrorMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as ServeError {
      return try error.response(from: request, context: context)
    } catch let error as any HTTPResponseError where error.status == .notFound {
      let routes = ServeRoute.routes(at: request.uri.path)
      let method = request.method.rawValue
      let answer: ServeError =
        routes.isEmpty
        ? .notFound(method: method, path: request.uri.path)
        : .methodNotAllowed(
          method: method, path: request.uri.path, allowed: routes.map(\.method.rawValue))
      return try answer.response(from: request, context: context)
    } catch {
      let reason = (error as? any LocalizedError)?.errorDescription ?? String(describing: error)
      context.logger.error("\(request.method) \(request.uri.path): \(reason)")
      return try ServeError.failed(reason).response(from: request, context: context)
    }
  }
}
