import Foundation

extension DecodingError {
  /// The problem with `body` as `triglot serve` answers it: invalid JSON, or the field at
  /// fault named by its path in the body (`options.failUnder: expected a number`).
  func requestError(in body: Data) -> ServeError {
    switch self {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      if let syntax = Self.syntaxError(in: body) { return .invalidJSON(syntax) }
      return .invalidRequest(Self.located(context.debugDescription, at: []))
    case .dataCorrupted(let context):
      return .invalidRequest(Self.located(context.debugDescription, at: context.codingPath))
    case .typeMismatch(let type, let context):
      return .invalidRequest(
        Self.located("expected \(Self.noun(for: type))", at: context.codingPath))
    case .valueNotFound(let type, let context):
      return .invalidRequest(
        Self.located("null where \(Self.noun(for: type)) is expected", at: context.codingPath))
    case .keyNotFound(let key, let context):
      return .invalidRequest(
        Self.located("'\(key.stringValue)' is missing", at: context.codingPath))
    @unknown default:
      return .invalidRequest(localizedDescription)
    }
  }

  /// `message` after the path of the value it is about ("options.disable[1]"); the body itself
  /// when the path is empty.
  private static func located(_ message: String, at path: [any CodingKey]) -> String {
    let written = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
      .joined()
    return (written.isEmpty ? "the body" : String(written.drop { $0 == "." })) + ": " + message
  }

  /// How a value of `type` is spoken of: "a string", "a number" …
  private static func noun(for type: Any.Type) -> String {
    if type == String.self { return "a string" }
    if type == Double.self || type == Int.self { return "a number" }
    if type == Bool.self { return "true or false" }
    if type == [Any].self || type == [String].self { return "a list" }
    if type == [String: Any].self { return "an object" }
    return "a value of type \(type)"
  }

  /// What is wrong with the JSON syntax of `body` ("Invalid value around character 6"), nil
  /// when there is nothing wrong. `JSONDecoder` says only that the data is not valid JSON;
  /// `JSONSerialization` says where, so the body is parsed again when decoding failed at its
  /// root.
  private static func syntaxError(in body: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: body, options: .fragmentsAllowed)
      return nil
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      return (detail ?? error.localizedDescription).trimmingCharacters(
        in: CharacterSet(charactersIn: "."))
    }
  }
}
