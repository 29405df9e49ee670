import Foundation

/// Reads a file descriptor in fixed-size chunks and hands out its text in blocks of whole lines,
/// in constant memory: a line longer than `maxPending` bytes is handed out in pieces cut after an
/// ASCII space or tab, so that not even a 1 GB line is held whole. The consumer checks the UTF-8
/// (usually while it works through the block anyway) and reports where it goes wrong; the stream
/// turns that into a line number.
///
/// `translit` streams standard input through it; ``ParallelTransliterator`` and
/// ``forEachLine(_:)`` are the two ways to consume it.
public struct LineStream {
  /// A line that is not valid UTF-8.
  public struct InvalidUTF8: Error, Equatable, Sendable {
    /// The 1-based line number.
    public var line: Int
    /// The byte offset of the bad sequence from the start of the input.
    public var byteOffset: Int
  }

  /// The input's name in error messages ("<stdin>", a path).
  public let source: String
  private let fileDescriptor: Int32
  private let chunkSize: Int
  private let maxPending: Int
  private var buffer: [UInt8] = []
  private var atEnd = false
  /// Bytes of the input before `buffer`.
  private var consumed = 0
  /// Newlines in the input before `buffer`.
  private var linesBefore = 0

  /// Reads `fileDescriptor` (not closed here) `chunkSize` bytes at a time; `source` names it in
  /// errors.
  public init(
    fileDescriptor: Int32, source: String = "<stdin>", chunkSize: Int = 1 << 16,
    maxPending: Int = 1 << 20
  ) {
    self.fileDescriptor = fileDescriptor
    self.source = source
    self.chunkSize = chunkSize
    self.maxPending = maxPending
  }

  /// The first bytes of the input (up to one chunk), read now and handed out again by
  /// `forEachBlock`.
  public mutating func peek() throws -> ArraySlice<UInt8> {
    if buffer.isEmpty && !atEnd { try readChunk() }
    return buffer[...]
  }

  /// Calls `body` with each block read: whole lines with their "\n", then the last line (which
  /// may lack one); a very long line comes in pieces cut after a space or tab. `body` returns nil,
  /// or the offset in the block of a byte that is not UTF-8 (having dealt with the lines before
  /// it), which ends the stream.
  ///
  /// - Throws: ``InvalidUTF8`` naming the line and byte offset `body` reported, or what `body`
  ///   throws.
  public mutating func forEachBlock(_ body: (UnsafeBufferPointer<UInt8>) throws -> Int?) throws {
    while true {
      if buffer.isEmpty && !atEnd { try readChunk() }
      let cut = try buffer.withUnsafeBufferPointer { bytes -> Int in
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        var cut = 0
        if let newline = Self.lastIndex(of: 0x0A, in: bytes) {
          cut = newline + 1
        }
        if atEnd {
          cut = bytes.count
        } else if bytes.count - cut > maxPending,
          let space = Self.lastSpace(in: bytes, from: cut)
        {
          cut = space + 1
        }
        guard cut > 0 else { return 0 }
        let block = UnsafeBufferPointer(start: base, count: cut)
        if let bad = try body(block) {
          let before = UnsafeBufferPointer(start: base, count: bad)
          throw InvalidUTF8(
            line: linesBefore + Self.count(of: 0x0A, in: before) + 1,
            byteOffset: consumed + bad)
        }
        linesBefore += Self.count(of: 0x0A, in: block)
        return cut
      }
      buffer.removeFirst(cut)
      consumed += cut
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
        throw TriglotTextError.unreadableInput(
          source: source, reason: String(cString: strerror(errno)))
      }
      buffer.removeLast(chunkSize - count)
      if count == 0 { atEnd = true }
      return
    }
  }

  /// The offset just past the last "\n" before `offset` in `bytes` (0 when there is none): where
  /// the line holding `offset` starts.
  public static func lineStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    lastIndex(of: 0x0A, in: UnsafeBufferPointer(rebasing: bytes[..<offset])).map { $0 + 1 } ?? 0
  }

  private static func lastIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = bytes.count - 1
    while index >= 0 {
      if bytes[index] == byte { return index }
      index -= 1
    }
    return nil
  }

  private static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var count = 0
    var offset = 0
    while offset < bytes.count,
      let found = memchr(base + offset, Int32(byte), bytes.count - offset)
    {
      count += 1
      offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }
    return count
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
  public static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    while index < count {
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        while index + 8 <= count
          && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        continue
      }
      // Two-byte sequences (all of Cyrillic) first: C2–DF followed by a continuation byte.
      if lead >= 0xC2 && lead <= 0xDF {
        guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return index }
        index += 2
        continue
      }
      guard let (length, second) = UTF8Lead.shape(of: lead), index + length <= count,
        second.contains(base[index + 1])
      else { return index }
      if length > 2 {
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return index }
      }
      index += length
    }
    return nil
  }

  /// Calls `body` with each line of the input (without its "\n") and hands what it returns to
  /// `write`, with a "\n" after every line that had one; the lines before an invalid UTF-8
  /// sequence are still processed and written.
  ///
  /// - Throws: ``InvalidUTF8`` for the first line that is not UTF-8, or what `body` or `write`
  ///   throws.
  public mutating func forEachLine(
    _ body: (String) throws -> String, write: (inout [UInt8]) throws -> Void
  ) throws {
    var output: [UInt8] = []
    output.reserveCapacity(1 << 17)
    var first = true
    do {
      try forEachBlock { block in
        let bad = Self.firstInvalidUTF8(in: block)
        let valid = UnsafeBufferPointer(
          rebasing: block[..<(bad.map { Self.lineStart(before: $0, in: block) } ?? block.count)])
        var lines = valid.split(separator: 0x0A, omittingEmptySubsequences: false)
        if valid.last == 0x0A || valid.isEmpty { lines.removeLast() }
        for line in lines {
          if !first { output.append(0x0A) }
          first = false
          output.append(contentsOf: try body(String(decoding: line, as: UTF8.self)).utf8)
          if line.endIndex < valid.endIndex { output.append(0x0A) }
        }
        try write(&output)
        return bad
      }
    } catch let error as InvalidUTF8 {
      try write(&output)
      throw error
    }
    try write(&output)
  }
}
