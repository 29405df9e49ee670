/// One way a JSON document breaks its schema: where in the document, what is wrong, and which
/// part of the schema says so.
public struct JSONSchemaViolation: Sendable, Hashable, CustomStringConvertible {
  /// The place in the document, as a JSONPath ("$.groups[3].confidence").
  public var path: String
  /// What is wrong, in words ("1.2 is above the maximum 1").
  public var message: String
  /// The schema keyword that failed, as `file#pointer`
  /// ("align.schema.json#/$defs/share/maximum").
  public var schemaLocation: String

  /// Creates a violation.
  public init(path: String, message: String, schemaLocation: String) {
    self.path = path
    self.message = message
    self.schemaLocation = schemaLocation
  }

  /// "$.groups[3].confidence: 1.2 is above the maximum 1".
  public var description: String { "\(path): \(message)" }
}
