import Foundation

/// Reads a file descriptor in fixed-size chunks and hands out its lines as validated UTF-8, in
/// constant memory: a line longer than `maxPending` bytes is handed out in pieces cut after an
/// ASCII space or tab, so that not even a 1 GB line is held whole.
struct LineStream {
  /// A line that is not valid UTF-8.
  struct InvalidUTF8: Error {
    /// The 1-based line number.
    var line: Int
    /// The byte offset of the bad sequence from the start of the input.
    var byteOffset: Int
  }

  private let fileDescriptor: Int32
  private let chunkSize: Int
  private let maxPending: Int
  private var buffer: [UInt8] = []
  private var atEnd = false
  /// Bytes of the input before `buffer`.
  private var consumed = 0

  /// Reads `fileDescriptor` (not closed here) `chunkSize` bytes at a time.
  init(fileDescriptor: Int32, chunkSize: Int = 1 << 16, maxPending: Int = 1 << 20) {
    self.fileDescriptor = fileDescriptor
    self.chunkSize = chunkSize
    self.maxPending = maxPending
  }

  /// The first bytes of the input (up to one chunk), read now and handed out again by
  /// `forEachPiece`.
  mutating func peek() throws -> ArraySlice<UInt8> {
    if buffer.isEmpty && !atEnd { try readChunk() }
    return buffer[...]
  }

  /// Calls `piece` for every line (without its "\n"; `endsLine` is true when a "\n" followed)
  /// and `chunkDone` after each chunk read, so that the caller can flush its output.
  ///
  /// - Throws: ``InvalidUTF8`` for the first line that is not UTF-8, or what the closures throw.
  mutating func forEachPiece(
    _ piece: (UnsafeBufferPointer<UInt8>, _ endsLine: Bool) throws -> Void,
    chunkDone: () throws -> Void
  ) throws {
    var line = 1
    while true {
      if buffer.isEmpty && !atEnd { try readChunk() }
      var start = 0
      var cut = 0
      try buffer.withUnsafeBufferPointer { bytes in
        while let newline = Self.index(of: 0x0A, in: bytes, from: start) {
          let slice = UnsafeBufferPointer(rebasing: bytes[start..<newline])
          try validate(slice, line: line, offset: consumed + start)
          try piece(slice, true)
          line += 1
          start = newline + 1
        }
        cut = start
        let rest = bytes.count - start
        if atEnd && rest > 0 {
          cut = bytes.count
        } else if rest > maxPending, let space = Self.lastSpace(in: bytes, from: start) {
          cut = space + 1
        }
        if cut > start {
          let slice = UnsafeBufferPointer(rebasing: bytes[start..<cut])
          try validate(slice, line: line, offset: consumed + start)
          try piece(slice, false)
        }
      }
      buffer.removeFirst(cut)
      consumed += cut
      try chunkDone()
      if atEnd && buffer.isEmpty { return }
      if !atEnd { try readChunk() }
    }
  }

  private mutating func readChunk() throws {
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunkSize))
    while true {
      let count = buffer.withUnsafeMutableBufferPointer {
        read(fileDescriptor, $0.baseAddress! + oldCount, chunkSize)
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 {
        buffer.removeLast(chunkSize)
        throw CLIError("<stdin>: cannot read standard input (\(String(cString: strerror(errno))))")
      }
      buffer.removeLast(chunkSize - count)
      if count == 0 { atEnd = true }
      return
    }
  }

  private func validate(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, offset: Int) throws {
    if let bad = Self.firstInvalidUTF8(in: bytes) {
      throw InvalidUTF8(line: line, byteOffset: offset + bad)
    }
  }

  private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    guard start < bytes.count,
      let found = memchr(bytes.baseAddress! + start, Int32(byte), bytes.count - start)
    else { return nil }
    return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private static func lastSpace(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = bytes.count - 1
    while index >= start {
      if bytes[index] == 0x20 || bytes[index] == 0x09 { return index }
      index -= 1
    }
    return nil
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or nil.
  static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, lower) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, upper) = (3, 0x9F)
      case 0xF0: (length, lower) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, upper) = (4, 0x8F)
      default: return index
      }
      guard index + length <= count else { return index }
      let second = bytes[index + 1]
      guard second >= lower && second <= upper else { return index }
      for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }
}
