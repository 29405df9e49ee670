/// The bytes of one fuzz input, read from the front: selector bytes first (a mode, a standard,
/// a language), then text. Reading past the end gives zeros and empty text, so every input,
/// even an empty one, drives a target.
struct FuzzInput {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { position >= bytes.count }

  /// The next byte, or 0 past the end.
  mutating func byte() -> UInt8 {
    guard position < bytes.count else { return 0 }
    defer { position += 1 }
    return bytes[position]
  }

  /// One of `choices`, chosen by the next byte.
  mutating func choose<T>(_ choices: [T]) -> T {
    choices[Int(byte()) % choices.count]
  }

  /// The next `count` bytes (fewer at the end).
  mutating func bytes(_ count: Int) -> [UInt8] {
    let end = min(bytes.count, position + max(0, count))
    defer { position = end }
    return Array(bytes[position..<end])
  }

  /// Every byte not read yet.
  mutating func rest() -> [UInt8] {
    bytes(bytes.count - position)
  }

  /// Every byte not read yet as text: invalid UTF-8 becomes U+FFFD, as the lossy reader does,
  /// since the text APIs take a `String`, which is valid Unicode by construction.
  mutating func restAsText() -> String {
    String(decoding: rest(), as: UTF8.self)
  }
}
