/// A key of a JSON object in a request body, read with a list of the keys allowed so that an
/// unknown one is named rather than passed over (a misspelt option would otherwise do nothing).
struct JSONKey: CodingKey, Hashable {
  var stringValue: String
  var intValue: Int? { nil }

  /// The key `key`.
  init(_ key: String) { stringValue = key }

  init(stringValue: String) { self.init(stringValue) }

  init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == JSONKey {
  /// Throws, naming the first key that is not one of `known` and listing them, where `kind`
  /// says what the keys are ("field", "option").
  func rejectUnknownKeys(_ known: [String], kind: String) throws {
    guard let unknown = allKeys.first(where: { !known.contains($0.stringValue) }) else { return }
    throw DecodingError.dataCorrupted(
      .init(
        codingPath: codingPath,
        debugDescription: "unknown \(kind) '\(unknown.stringValue)'; the \(kind)s are "
          + known.joined(separator: ", ")))
  }

  /// The string at `key` as one of `choices` (by raw value), nil when the key is absent or null.
  func decodeChoice<Choice: RawRepresentable>(_ key: String, among choices: [Choice]) throws
    -> Choice? where Choice.RawValue == String
  {
    guard let written = try decodeIfPresent(String.self, forKey: JSONKey(key)) else { return nil }
    guard let choice = choices.first(where: { $0.rawValue == written }) else {
      throw DecodingError.dataCorruptedError(
        forKey: JSONKey(key), in: self,
        debugDescription: "'\(written)' is not one of "
          + choices.map(\.rawValue).joined(separator: ", "))
    }
    return choice
  }
}
