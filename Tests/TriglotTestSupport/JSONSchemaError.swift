import Foundation

/// Why a schema could not be read or used. Each message names the schema file and, where it
/// matters, the place in it (a JSON pointer).
public enum JSONSchemaError: LocalizedError, Equatable {
  /// The file is not JSON.
  case notJSON(source: String, reason: String)
  /// The schema lacks `$id` (an absolute URI) or `title`.
  case missingMember(source: String, member: String)
  /// The schema uses a keyword that ``JSONSchemaValidator`` does not implement.
  case unsupportedKeyword(source: String, location: String)
  /// A keyword's value is not what the keyword takes.
  case invalidKeyword(source: String, location: String, reason: String)
  /// A `$ref` names no schema given to the validator, or no place in it.
  case unresolvedReference(source: String, location: String, reference: String)
  /// Two schemas given to the validator share one `$id`.
  case duplicateID(String)
  /// A schema asked for by name or `$id` was not given to the validator.
  case unknownSchema(String)

  public var errorDescription: String? {
    switch self {
    case .notJSON(let source, let reason):
      "\(source): not JSON (\(reason))"
    case .missingMember(let source, let member):
      member == "$id"
        ? "\(source): no $id; give the schema an absolute URI as $id"
        : "\(source): no \(member); give the schema a \(member)"
    case .unsupportedKeyword(let source, let location):
      "\(source)\(location): keyword not supported by the test validator; use one of "
        + JSONSchema.supportedKeywords.sorted().joined(separator: ", ")
        + " or extend JSONSchemaValidator"
    case .invalidKeyword(let source, let location, let reason):
      "\(source)\(location): \(reason)"
    case .unresolvedReference(let source, let location, let reference):
      "\(source)\(location): $ref \(reference) resolves to no schema given to the validator"
    case .duplicateID(let id):
      "two schemas have the $id \(id)"
    case .unknownSchema(let name):
      "no schema named \(name) was given to the validator"
    }
  }
}
