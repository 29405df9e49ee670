import Foundation

/// One JSON Schema document (draft 2020-12), as read from a `.schema.json` file: its `$id`, its
/// `title` and its JSON.
///
/// Only the keywords ``JSONSchemaValidator`` implements are accepted: a schema that uses any
/// other keyword is refused when it is read, so that no constraint is silently ignored.
public struct JSONSchema: Sendable {
  /// The schema's `$id`, an absolute URI that `$ref`s in other schemas resolve against.
  public var id: String
  /// The schema's `title`.
  public var title: String
  /// The whole schema document.
  public var root: Value
  /// Where the schema was read from, for messages.
  public var source: String

  /// The keywords that ``JSONSchemaValidator`` checks or that are annotations only.
  public static let supportedKeywords: Set<String> = [
    "$schema", "$id", "$ref", "$defs", "$comment", "title", "description",
    "type", "enum", "const",
    "properties", "required", "additionalProperties", "minProperties",
    "items", "prefixItems", "minItems", "maxItems",
    "minimum", "maximum", "minLength", "pattern",
    "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
  ]

  /// Reads a schema from `data`; `source` names it in errors.
  ///
  /// - Throws: ``JSONSchemaError`` when `data` is not JSON, has no `$id` or `title`, or uses a
  ///   keyword the validator does not implement, or a `pattern` that is not a regular expression.
  public init(data: Data, source: String) throws {
    let root: Value
    do {
      root = try Value(parsing: data)
    } catch {
      throw JSONSchemaError.notJSON(source: source, reason: "\(error)")
    }
    guard case .string(let id)? = root["$id"], URL(string: id)?.scheme != nil else {
      throw JSONSchemaError.missingMember(source: source, member: "$id")
    }
    guard case .string(let title)? = root["title"] else {
      throw JSONSchemaError.missingMember(source: source, member: "title")
    }
    self.id = id
    self.title = title
    self.root = root
    self.source = source
    try Self.checkKeywords(of: root, at: "#", in: source)
  }

  /// Reads the schema in the file at `url`.
  public init(contentsOf url: URL) throws {
    try self.init(data: Data(contentsOf: url), source: url.path)
  }

  /// Every `*.schema.json` file in `folder`, sorted by file name.
  public static func all(in folder: URL) throws -> [JSONSchema] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".schema.json") }
      .sorted()
      .map { try JSONSchema(contentsOf: folder.appendingPathComponent($0)) }
  }

  /// The schema's file name under its `$id` ("align.schema.json").
  public var name: String {
    URL(string: id)?.lastPathComponent ?? id
  }

  /// Walks `schema` (at JSON pointer `location`) and its subschemas, refusing unknown keywords.
  private static func checkKeywords(of schema: Value, at location: String, in source: String)
    throws
  {
    if case .bool = schema { return }
    guard case .object(let members) = schema else {
      throw JSONSchemaError.invalidKeyword(
        source: source, location: location, reason: "a schema must be an object or a boolean")
    }
    for (keyword, value) in members.sorted(by: { $0.key < $1.key }) {
      let here = "\(location)/\(keyword)"
      guard supportedKeywords.contains(keyword) else {
        throw JSONSchemaError.unsupportedKeyword(source: source, location: here)
      }
      switch keyword {
      case "$id" where location != "#":
        throw JSONSchemaError.invalidKeyword(
          source: source, location: here, reason: "$id is only supported at the root")
      case "properties", "$defs":
        guard case .object(let subschemas) = value else {
          throw JSONSchemaError.invalidKeyword(
            source: source, location: here, reason: "must be an object of schemas")
        }
        for (name, subschema) in subschemas {
          try checkKeywords(of: subschema, at: "\(here)/\(name)", in: source)
        }
      case "prefixItems", "allOf", "anyOf", "oneOf":
        guard case .array(let subschemas) = value, !subschemas.isEmpty else {
          throw JSONSchemaError.invalidKeyword(
            source: source, location: here, reason: "must be a non-empty array of schemas")
        }
        for (index, subschema) in subschemas.enumerated() {
          try checkKeywords(of: subschema, at: "\(here)/\(index)", in: source)
        }
      case "additionalProperties", "items", "not", "if", "then", "else":
        try checkKeywords(of: value, at: here, in: source)
      case "pattern":
        guard case .string(let pattern) = value,
          (try? NSRegularExpression(pattern: pattern)) != nil
        else {
          throw JSONSchemaError.invalidKeyword(
            source: source, location: here, reason: "must be a regular expression")
        }
      case "required":
        guard case .array(let names) = value,
          names.allSatisfy({ if case .string = $0 { true } else { false } })
        else {
          throw JSONSchemaError.invalidKeyword(
            source: source, location: here, reason: "must be an array of property names")
        }
      case "minimum", "maximum", "minItems", "maxItems", "minLength", "minProperties":
        guard case .number = value else {
          throw JSONSchemaError.invalidKeyword(
            source: source, location: here, reason: "must be a number")
        }
      default:
        break
      }
    }
  }
}
