/// The `id` of a `triglot audit --manifest` line, echoed in its result line as it was given:
/// a JSON string or number.
enum ManifestID: Sendable, Hashable, Codable {
  case string(String)
  case integer(Int)
  case number(Double)

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let integer = try? container.decode(Int.self) {
      self = .integer(integer)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let text): try container.encode(text)
    case .integer(let integer): try container.encode(integer)
    case .number(let number): try container.encode(number)
    }
  }

  /// The id as text, for messages and the baseline.
  var text: String {
    switch self {
    case .string(let text): text
    case .integer(let integer): String(integer)
    case .number(let number): String(number)
    }
  }
}
