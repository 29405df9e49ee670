extension ParallelTransliterator {
  /// Transliterates everything `stream` reads, in constant memory: each block of whole lines is
  /// split between the workers and its output handed to `write` (which empties the buffer)
  /// before the next block is read. On invalid UTF-8 the lines before the bad one are still
  /// transliterated and written.
  ///
  /// - Throws: ``LineStream/InvalidUTF8`` naming the line and byte offset, ``ICUError``, or what
  ///   `write` throws.
  public func transliterate(
    _ stream: inout LineStream, write: (inout [UInt8]) throws -> Void
  ) throws {
    var output: [UInt8] = []
    output.reserveCapacity(1 << 17)
    try stream.forEachBlock { block in
      guard let bad = try transliterate(validatingUTF8: block, into: &output) else {
        try write(&output)
        return nil
      }
      // The parts before the bad one were appended; redo the block up to the bad line so that
      // the output holds every good line in order.
      output.removeAll(keepingCapacity: true)
      let valid = UnsafeBufferPointer(rebasing: block[..<LineStream.lineStart(before: bad, in: block)])
      _ = try transliterate(validatingUTF8: valid, into: &output)
      try write(&output)
      return bad
    }
  }
}
