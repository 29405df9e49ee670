import Foundation

extension JSONSchema {
  /// A JSON value, as schemas and the documents they describe are made of.
  ///
  /// Numbers are kept as `Double`, as JSON Schema sees them: `1` and `1.0` are the same number,
  /// and both are integers.
  public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Value])
    case object([String: Value])

    /// Parses `data` as one JSON value.
    ///
    /// - Throws: the decoder's error when `data` is not JSON.
    public init(parsing data: Data) throws {
      self = try JSONDecoder().decode(Value.self, from: data)
    }

    /// Parses `text` as one JSON value.
    public init(parsing text: String) throws {
      try self.init(parsing: Data(text.utf8))
    }

    /// The member `key` of an object; `nil` for other values. Setting it on an object adds,
    /// replaces or (with `nil`) removes the member; on other values it does nothing.
    public subscript(key: String) -> Value? {
      get {
        guard case .object(let members) = self else { return nil }
        return members[key]
      }
      set {
        guard case .object(var members) = self else { return }
        members[key] = newValue
        self = .object(members)
      }
    }

    /// The element at `index` of an array; `nil` for other values or an index out of range.
    /// Setting it replaces the element (`nil` removes it).
    public subscript(index: Int) -> Value? {
      get {
        guard case .array(let elements) = self, elements.indices.contains(index) else {
          return nil
        }
        return elements[index]
      }
      set {
        guard case .array(var elements) = self, elements.indices.contains(index) else { return }
        if let newValue { elements[index] = newValue } else { elements.remove(at: index) }
        self = .array(elements)
      }
    }

    /// The JSON Schema type name of the value: null, boolean, number, string, array or object
    /// (an integer is a number whose ``isInteger`` is true).
    public var typeName: String {
      switch self {
      case .null: "null"
      case .bool: "boolean"
      case .number: "number"
      case .string: "string"
      case .array: "array"
      case .object: "object"
      }
    }

    /// Whether the value is a number without a fractional part.
    public var isInteger: Bool {
      guard case .number(let number) = self else { return false }
      return number.isFinite && number == number.rounded(.towardZero)
    }

    /// The value in a few words for an error message: numbers and strings as written
    /// (long strings cut), arrays and objects by their size.
    public var summary: String {
      switch self {
      case .null: "null"
      case .bool(let flag): String(flag)
      case .number(let number): Self.formatted(number)
      case .string(let text):
        Self.quoted(text.count > 40 ? "\(text.prefix(39))…" : text)
      case .array(let elements):
        "an array of \(elements.count) item\(elements.count == 1 ? "" : "s")"
      case .object(let members):
        "an object of \(members.count) propert\(members.count == 1 ? "y" : "ies")"
      }
    }

    /// The value as compact JSON text, members sorted by name (`{"required":["boilerplateKind"]}`).
    public var compactJSON: String {
      switch self {
      case .null, .bool, .number: summary
      case .string(let text): Self.quoted(text)
      case .array(let elements): "[" + elements.map(\.compactJSON).joined(separator: ",") + "]"
      case .object(let members):
        "{"
          + members.sorted { $0.key < $1.key }
          .map { "\(Self.quoted($0.key)):\($0.value.compactJSON)" }
          .joined(separator: ",") + "}"
      }
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
      var result = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: result.unicodeScalars.append(scalar)
        }
      }
      return result + "\""
    }

    /// `number` as JSON writes it: integers without a decimal point.
    static func formatted(_ number: Double) -> String {
      if number.isFinite, number == number.rounded(.towardZero), abs(number) < 1e15 {
        return String(Int64(number))
      }
      return String(number)
    }
  }
}

extension JSONSchema.Value: Decodable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else if let elements = try? container.decode([JSONSchema.Value].self) {
      self = .array(elements)
    } else {
      self = .object(try container.decode([String: JSONSchema.Value].self))
    }
  }
}

extension JSONSchema.Value: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(stringLiteral value: String) { self = .string(value) }
}
