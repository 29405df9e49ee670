import Foundation

/// Checks JSON documents against a set of JSON Schemas (draft 2020-12), enough of it for the
/// project's own schemas in `Docs/schema/`.
///
/// Keywords: `type`, `enum`, `const`; `properties`, `required`, `additionalProperties`,
/// `minProperties`; `items`, `prefixItems`, `minItems`, `maxItems`; `minimum`, `maximum`;
/// `minLength`, `pattern` (an `NSRegularExpression`, unanchored as the spec says); `allOf`,
/// `anyOf`, `oneOf`, `not`, `if`/`then`/`else`; `$ref` to `#/$defs/…` in the same schema or to
/// another schema given to the validator (`audit.schema.json#/$defs/finding`, resolved against
/// the referring schema's `$id`). Every `$ref` is resolved, and every `pattern` compiled, when
/// the validator is made, so a broken schema fails there rather than halfway through a document.
///
/// ```swift
/// let validator = try JSONSchemaValidator(schemas: JSONSchema.all(in: folder))
/// let violations = try validator.validate(JSONSchema.Value(parsing: output), against: "align")
/// // ["$.groups[3].confidence: 1.2 is above the maximum 1"]
/// ```
public struct JSONSchemaValidator: Sendable {
  /// The schemas, by `$id`.
  public let schemas: [String: JSONSchema]
  /// Every `$ref`, keyed by the `$id` of the schema it appears in and its text.
  let references: [ReferenceKey: Target]
  /// Every `pattern`, compiled.
  let patterns: [String: CompiledPattern]

  /// Makes a validator over `schemas`, which may refer to each other.
  ///
  /// - Throws: ``JSONSchemaError`` when two schemas share an `$id` or a `$ref` resolves to
  ///   nothing.
  /// - Complexity: O(*n*) in the total size of the schemas.
  public init(schemas: [JSONSchema]) throws {
    var byID: [String: JSONSchema] = [:]
    for schema in schemas {
      guard byID[schema.id] == nil else { throw JSONSchemaError.duplicateID(schema.id) }
      byID[schema.id] = schema
    }
    var references: [ReferenceKey: Target] = [:]
    var patterns: [String: CompiledPattern] = [:]
    for schema in schemas {
      try Self.collect(
        schema.root, in: schema, pointer: "", schemas: byID, references: &references,
        patterns: &patterns)
    }
    self.schemas = byID
    self.references = references
    self.patterns = patterns
  }

  /// The schema whose `$id` is `name`, or whose file name is `name`, `name.schema.json`.
  public func schema(named name: String) throws -> JSONSchema {
    if let schema = schemas[name] { return schema }
    let wanted = name.hasSuffix(".json") ? name : "\(name).schema.json"
    guard let schema = schemas.values.first(where: { $0.name == wanted }) else {
      throw JSONSchemaError.unknownSchema(name)
    }
    return schema
  }

  /// The ways `document` breaks `schema`, in document order; empty when it conforms.
  ///
  /// - Complexity: O(*n*) in the size of the document for schemas without `anyOf`/`oneOf`;
  ///   each of those tries every alternative.
  public func validate(_ document: JSONSchema.Value, against schema: JSONSchema)
    -> [JSONSchemaViolation]
  {
    var violations: [JSONSchemaViolation] = []
    check(
      document, against: schema.root,
      at: Position(path: "$", location: "\(schema.name)#", base: schema.id), into: &violations)
    return violations
  }

  /// The ways `document` breaks the schema named `name` (see ``schema(named:)``).
  public func validate(_ document: JSONSchema.Value, against name: String) throws
    -> [JSONSchemaViolation]
  {
    validate(document, against: try schema(named: name))
  }

  /// The ways the JSON text `json` breaks the schema named `name`.
  ///
  /// - Throws: when `json` is not JSON or no schema is named `name`.
  public func validate(json: String, against name: String) throws -> [JSONSchemaViolation] {
    validate(try JSONSchema.Value(parsing: json), against: try schema(named: name))
  }
}

// MARK: - Checking a document

extension JSONSchemaValidator {
  /// Where a check is: the document's JSONPath, the schema's location, and the `$id` that the
  /// schema's `$ref`s resolve against.
  private struct Position {
    var path: String
    var location: String
    var base: String

    /// A violation of `keyword` here, or at `path` (a member or element of this value).
    func violation(_ message: String, _ keyword: String, at path: String? = nil)
      -> JSONSchemaViolation
    {
      JSONSchemaViolation(
        path: path ?? self.path, message: message, schemaLocation: "\(location)/\(keyword)")
    }

    /// The position of the subschema under `keyword`, applied to the value at `path`.
    func entering(_ keyword: String, path: String? = nil) -> Position {
      Position(path: path ?? self.path, location: "\(location)/\(keyword)", base: base)
    }
  }

  /// Appends to `violations` every way `value` breaks `schema`.
  private func check(
    _ value: JSONSchema.Value, against schema: JSONSchema.Value, at position: Position,
    into violations: inout [JSONSchemaViolation]
  ) {
    switch schema {
    case .bool(true): return
    case .bool(false):
      violations.append(
        JSONSchemaViolation(
          path: position.path, message: "no value is allowed here",
          schemaLocation: position.location))
      return
    case .object: break
    default: return
    }

    if case .string(let reference)? = schema["$ref"],
      let target = references[ReferenceKey(base: position.base, reference: reference)]
    {
      check(
        value, against: target.schema,
        at: Position(path: position.path, location: target.location, base: target.base),
        into: &violations)
    }

    if let types = schema["type"] {
      let names = Self.strings(types)
      if !names.contains(where: { Self.value(value, hasType: $0) }) {
        violations.append(
          position.violation(
            "\(value.summary) is not of type \(names.joined(separator: " or "))", "type"))
      }
    }
    if case .array(let options)? = schema["enum"], !options.contains(value) {
      violations.append(
        position.violation(
          "\(value.summary) is not one of \(options.map(\.summary).joined(separator: ", "))",
          "enum"))
    }
    if let constant = schema["const"], constant != value {
      violations.append(
        position.violation(
          "\(value.summary) is not \(constant.summary), the only value allowed", "const"))
    }

    switch value {
    case .object(let members):
      checkObject(members, against: schema, at: position, into: &violations)
    case .array(let elements):
      checkArray(elements, against: schema, at: position, into: &violations)
    case .number(let number):
      if case .number(let minimum)? = schema["minimum"], number < minimum {
        violations.append(
          position.violation(
            "\(value.summary) is below the minimum \(JSONSchema.Value.formatted(minimum))",
            "minimum"))
      }
      if case .number(let maximum)? = schema["maximum"], number > maximum {
        violations.append(
          position.violation(
            "\(value.summary) is above the maximum \(JSONSchema.Value.formatted(maximum))",
            "maximum"))
      }
    case .string(let text):
      if case .number(let minimum)? = schema["minLength"],
        Double(text.unicodeScalars.count) < minimum
      {
        violations.append(
          position.violation(
            "\(value.summary) is shorter than the minimum length "
              + JSONSchema.Value.formatted(minimum), "minLength"))
      }
      if case .string(let pattern)? = schema["pattern"], let regex = patterns[pattern]?.regex,
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
      {
        violations.append(
          position.violation("\(value.summary) does not match the pattern \(pattern)", "pattern"))
      }
    default:
      break
    }

    checkCombinations(value, against: schema, at: position, into: &violations)
  }

  /// `required`, `minProperties`, `properties`, `additionalProperties`.
  private func checkObject(
    _ members: [String: JSONSchema.Value], against schema: JSONSchema.Value,
    at position: Position, into violations: inout [JSONSchemaViolation]
  ) {
    if case .array(let required)? = schema["required"] {
      for case .string(let name) in required where members[name] == nil {
        violations.append(
          position.violation("the required property \"\(name)\" is missing", "required"))
      }
    }
    if case .number(let minimum)? = schema["minProperties"], Double(members.count) < minimum {
      violations.append(
        position.violation(
          "has \(members.count) propert\(members.count == 1 ? "y" : "ies"), fewer than the "
            + "minimum \(JSONSchema.Value.formatted(minimum))", "minProperties"))
    }
    let declared: [String: JSONSchema.Value]
    if case .object(let properties)? = schema["properties"] {
      declared = properties
    } else {
      declared = [:]
    }
    for (name, member) in members.sorted(by: { $0.key < $1.key }) {
      let memberPath = Self.path(position.path, member: name)
      if let propertySchema = declared[name] {
        check(
          member, against: propertySchema,
          at: position.entering("properties/\(Self.escaped(name))", path: memberPath),
          into: &violations)
      } else if let additional = schema["additionalProperties"] {
        if additional == .bool(false) {
          violations.append(
            position.violation(
              "the property \"\(name)\" is not allowed here", "additionalProperties",
              at: memberPath))
        } else {
          check(
            member, against: additional,
            at: position.entering("additionalProperties", path: memberPath), into: &violations)
        }
      }
    }
  }

  /// `minItems`, `maxItems`, `prefixItems`, `items`.
  private func checkArray(
    _ elements: [JSONSchema.Value], against schema: JSONSchema.Value, at position: Position,
    into violations: inout [JSONSchemaViolation]
  ) {
    func items(_ count: Int) -> String { "\(count) item\(count == 1 ? "" : "s")" }
    if case .number(let minimum)? = schema["minItems"], Double(elements.count) < minimum {
      violations.append(
        position.violation(
          "has \(items(elements.count)), fewer than the minimum "
            + JSONSchema.Value.formatted(minimum), "minItems"))
    }
    if case .number(let maximum)? = schema["maxItems"], Double(elements.count) > maximum {
      violations.append(
        position.violation(
          "has \(items(elements.count)), more than the maximum "
            + JSONSchema.Value.formatted(maximum), "maxItems"))
    }
    var prefixCount = 0
    if case .array(let prefix)? = schema["prefixItems"] {
      prefixCount = prefix.count
      for (index, element) in zip(prefix.indices, elements) {
        check(
          element, against: prefix[index],
          at: position.entering("prefixItems/\(index)", path: "\(position.path)[\(index)]"),
          into: &violations)
      }
    }
    if let itemSchema = schema["items"], elements.count > prefixCount {
      for index in prefixCount..<elements.count {
        let elementPath = "\(position.path)[\(index)]"
        if itemSchema == .bool(false) {
          violations.append(
            position.violation(
              "no item is allowed after the first \(items(prefixCount))", "items",
              at: elementPath))
        } else {
          check(
            elements[index], against: itemSchema,
            at: position.entering("items", path: elementPath), into: &violations)
        }
      }
    }
  }

  /// `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`.
  private func checkCombinations(
    _ value: JSONSchema.Value, against schema: JSONSchema.Value, at position: Position,
    into violations: inout [JSONSchemaViolation]
  ) {
    func failures(_ subschema: JSONSchema.Value, _ keyword: String) -> [JSONSchemaViolation] {
      var found: [JSONSchemaViolation] = []
      check(value, against: subschema, at: position.entering(keyword), into: &found)
      return found
    }
    if case .array(let alternatives)? = schema["allOf"] {
      for (index, alternative) in alternatives.enumerated() {
        violations += failures(alternative, "allOf/\(index)")
      }
    }
    for keyword in ["anyOf", "oneOf"] {
      guard case .array(let alternatives)? = schema[keyword] else { continue }
      let outcomes = alternatives.enumerated().map { failures($1, "\(keyword)/\($0)") }
      let matching = outcomes.indices.filter { outcomes[$0].isEmpty }
      if matching.isEmpty {
        // The alternative that fails least is most likely the one meant: show why it fails.
        let closest = outcomes.indices.min { outcomes[$0].count < outcomes[$1].count } ?? 0
        violations.append(
          position.violation(
            "matches none of the \(alternatives.count) alternatives of \(keyword); the "
              + "closest, alternative \(closest + 1), fails as follows", keyword))
        violations += outcomes[closest]
      } else if keyword == "oneOf", matching.count > 1 {
        violations.append(
          position.violation(
            "matches alternatives \(matching.map { String($0 + 1) }.joined(separator: " and ")) "
              + "of oneOf; exactly one must match", keyword))
      }
    }
    if let forbidden = schema["not"], failures(forbidden, "not").isEmpty {
      violations.append(
        position.violation("matches \(forbidden.compactJSON), which it must not", "not"))
    }
    if let condition = schema["if"] {
      let branch = failures(condition, "if").isEmpty ? "then" : "else"
      if let consequence = schema[branch] {
        violations += failures(consequence, branch)
      }
    }
  }

  /// Whether `value` is of the JSON Schema type `name`.
  private static func value(_ value: JSONSchema.Value, hasType name: String) -> Bool {
    name == "integer" ? value.isInteger : value.typeName == name
  }

  /// The strings of a `type` keyword: one name or an array of them.
  private static func strings(_ value: JSONSchema.Value) -> [String] {
    switch value {
    case .string(let name): [name]
    case .array(let names):
      names.compactMap { if case .string(let name) = $0 { name } else { nil } }
    default: []
    }
  }

  /// `path` extended by an object member: `$.groups` or, for a name that is not an
  /// identifier, `$.pairs['uk-en']`.
  static func path(_ path: String, member name: String) -> String {
    let isIdentifier =
      !name.isEmpty && name.first.map { !$0.isNumber } == true
      && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    if isIdentifier { return "\(path).\(name)" }
    let quoted = name.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "'", with: "\\'")
    return "\(path)['\(quoted)']"
  }

  /// `name` as one JSON-pointer token (`~` as `~0`, `/` as `~1`).
  static func escaped(_ name: String) -> String {
    name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }
}
