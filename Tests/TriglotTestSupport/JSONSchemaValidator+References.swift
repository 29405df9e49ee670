import Foundation

/// Resolving `$ref`s and compiling `pattern`s once, when a ``JSONSchemaValidator`` is made.
extension JSONSchemaValidator {
  /// A `$ref` as written, and the `$id` of the schema it appears in.
  struct ReferenceKey: Hashable, Sendable {
    var base: String
    var reference: String
  }

  /// What a `$ref` points to.
  struct Target: Sendable {
    /// The `$id` of the schema that holds the target, against which its own `$ref`s resolve.
    var base: String
    /// The target schema.
    var schema: JSONSchema.Value
    /// Where it is, as `file#pointer`.
    var location: String
  }

  /// A compiled `pattern`. `NSRegularExpression` is immutable and documented as safe to use
  /// from several threads, which is what makes sharing it sound.
  struct CompiledPattern: @unchecked Sendable {
    var regex: NSRegularExpression
  }

  /// Resolves every `$ref` and compiles every `pattern` under `value` (at `pointer` in
  /// `schema`).
  static func collect(
    _ value: JSONSchema.Value, in schema: JSONSchema, pointer: String,
    schemas: [String: JSONSchema], references: inout [ReferenceKey: Target],
    patterns: inout [String: CompiledPattern]
  ) throws {
    switch value {
    case .object(let members):
      if case .string(let reference)? = members["$ref"] {
        guard let target = resolve(reference, from: schema.id, in: schemas) else {
          throw JSONSchemaError.unresolvedReference(
            source: schema.source, location: "#\(pointer)/$ref", reference: reference)
        }
        references[ReferenceKey(base: schema.id, reference: reference)] = target
      }
      if case .string(let pattern)? = members["pattern"], patterns[pattern] == nil {
        patterns[pattern] = CompiledPattern(regex: try NSRegularExpression(pattern: pattern))
      }
      for (name, member) in members {
        try collect(
          member, in: schema, pointer: "\(pointer)/\(escaped(name))", schemas: schemas,
          references: &references, patterns: &patterns)
      }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        try collect(
          element, in: schema, pointer: "\(pointer)/\(index)", schemas: schemas,
          references: &references, patterns: &patterns)
      }
    default:
      break
    }
  }

  /// The schema `reference` names, resolved against the `$id` `base`: `#/$defs/x` in the same
  /// schema, `other.schema.json#/$defs/x` or `other.schema.json` beside it, or an absolute URI.
  static func resolve(
    _ reference: String, from base: String, in schemas: [String: JSONSchema]
  ) -> Target? {
    let absolute: String
    if reference.hasPrefix("#") {
      absolute = base + reference
    } else {
      guard let baseURL = URL(string: base),
        let url = URL(string: reference, relativeTo: baseURL)
      else { return nil }
      absolute = url.absoluteString
    }
    let parts = absolute.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let id = String(parts[0])
    let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? "" : ""
    guard let schema = schemas[id] else { return nil }
    var target = schema.root
    if !fragment.isEmpty {
      guard fragment.hasPrefix("/") else { return nil }
      for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
        let name = token.replacingOccurrences(of: "~1", with: "/")
          .replacingOccurrences(of: "~0", with: "~")
        if let member = target[name] {
          target = member
        } else if let index = Int(name), let element = target[index] {
          target = element
        } else {
          return nil
        }
      }
    }
    return Target(base: id, schema: target, location: "\(schema.name)#\(fragment)")
  }
}
