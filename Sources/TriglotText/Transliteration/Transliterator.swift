import CICU
import Synchronization

/// Transliterates text under one ``TransliterationStandard``, fast: the rules are compiled once,
/// and each distinct word is run through ICU only once.
///
/// ICU's rule engine is slow per character, while news text repeats its words. The text is cut
/// into runs — words (letters, combining marks and apostrophes) and the runs between them — and
/// each distinct run is transliterated once and kept in a bounded cache. Because no rule of the
/// shipped standards looks past the letters of one word (word-start rules, ALL CAPS detection,
/// `зг`), the result is byte-identical to running ICU on the whole text; the tests check that on
/// a large sample for every standard.
///
/// Safe to share between threads: the cache is guarded by a mutex (calls are serialized). For
/// parallel throughput give each thread its own instance.
public final class Transliterator: Sendable {
  /// The standard whose rules this transliterator runs.
  public let standard: TransliterationStandard
  /// Whether the rules run forward (Cyrillic → Latin) or in reverse.
  public let direction: ICUTransliterator.Direction
  private let engine: ICUTransliterator
  private let cache: Mutex<TransliterationCache>
  /// What each ASCII byte that is not part of a word becomes alone, computed once by ICU (nil
  /// for word bytes): the commonest runs, a lone space or comma, skip the cache.
  private let separatorBytes: [UInt8?]
  /// Whether missing words are sent to ICU in batches joined by line feeds: only when the rules
  /// leave a line feed as it is.
  private let batchesWords: Bool

  /// Compiles `standard`'s rules in `direction`. The cache holds at most `cacheCapacity` runs
  /// (about 100 bytes each) before it starts again.
  ///
  /// - Throws: ``ICUError`` when the rules do not compile (a broken rule file), or
  ///   (`U_ILLEGAL_ARGUMENT_ERROR`) when `direction` is `.reverse` and the standard is not
  ///   ``TransliterationStandard/isReversible``.
  public init(
    _ standard: TransliterationStandard, direction: ICUTransliterator.Direction = .forward,
    cacheCapacity: Int = 32_768
  ) throws(ICUError) {
    if direction == .reverse && !standard.isReversible {
      throw ICUError(
        status: 1,
        operation: "opening '\(standard.id)' in reverse: only two-way standards (iso-9) reverse")
    }
    self.standard = standard
    self.direction = direction
    let name = "Triglot-\(standard.language.rawValue)-\(standard.id)"
    self.engine = try ICUTransliterator(name: name, rules: standard.rules, direction: direction)
    self.cache = Mutex(TransliterationCache(maxEntries: cacheCapacity))
    var separators = [UInt8?](repeating: nil, count: 256)
    for byte in UInt8(0)..<0x80 {
      let single = [byte]
      let isWord = single.withUnsafeBufferPointer {
        Self.wordScalar($0.baseAddress!, at: 0, end: 1)
      }
      guard !isWord.isWord else { continue }
      let result = Array(try engine.transliterate(String(decoding: single, as: UTF8.self)).utf8)
      if result.count == 1 { separators[Int(byte)] = result[0] }
    }
    self.separatorBytes = separators
    self.batchesWords = separators[0x0A] == 0x0A
  }

  /// Returns `text` transliterated. Text outside the standard's letters (Latin, digits,
  /// punctuation) passes through unchanged.
  ///
  /// - Complexity: O(*n*) hash look-ups for *n* bytes once the cache is warm; each distinct word
  ///   costs one ICU call.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    var input = text
    var output: [UInt8] = []
    output.reserveCapacity(input.utf8.count + input.utf8.count / 2)
    let result = input.withUTF8 { bytes -> Result<Void, ICUError> in
      do throws(ICUError) {
        try transliterate(utf8: bytes, into: &output)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the transliteration of `input`, which must be valid UTF-8, to `output` as UTF-8.
  public func transliterate(
    utf8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) throws(ICUError) {
    let invalid = try transliterate(validatingUTF8: input, into: &output)
    precondition(invalid == nil, "Transliterator.transliterate(utf8:into:) needs valid UTF-8")
  }

  /// Appends the transliteration of `input` to `output` as UTF-8, checking on the way that
  /// `input` is valid UTF-8. This is the streaming entry point: it never copies the input into
  /// a `String`.
  ///
  /// - Returns: nil, or the offset of the first byte of `input` that does not begin a
  ///   well-formed UTF-8 sequence, in which case nothing is appended.
  public func transliterate(
    validatingUTF8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) throws(ICUError) -> Int? {
    guard let base = input.baseAddress, !input.isEmpty else { return nil }
    let end = input.count
    var buffer = OutputBuffer(capacity: end + end / 2 + 64)
    let invalid = try cache.withLock { (cache) throws(ICUError) -> Int? in
      var misses: [CacheMiss] = []
      var start = 0
      var index = 0
      var inWord = Self.wordScalar(base, at: 0, end: end).isWord
      while index < end {
        // Inside a Cyrillic word, skip its two-byte letters without classifying each.
        if inWord {
          while index + 1 < end, base[index] & 0xFC == 0xD0, base[index + 1] & 0xC0 == 0x80,
            base[index] != 0xD2 || base[index + 1] != 0x82
          {
            index += 2
          }
          if index >= end { break }
        }
        let (isWord, length) = Self.wordScalar(base, at: index, end: end)
        if length == 0 { return index }
        if isWord != inWord {
          try emit(
            base, start: start, count: index - start, isWord: inWord, into: &buffer,
            misses: &misses, cache: cache)
          start = index
          inWord = isWord
        }
        index += length
      }
      try emit(
        base, start: start, count: end - start, isWord: inWord, into: &buffer, misses: &misses,
        cache: cache)
      if !misses.isEmpty {
        buffer = try resolve(misses, input: base, output: buffer, cache: cache)
      }
      return nil
    }
    if invalid == nil {
      output.append(contentsOf: UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }
    return invalid
  }

  /// Returns `text` run through ICU as a whole, without the cache: the reference that
  /// ``transliterate(_:)`` must match byte for byte.
  public func transliterateUncached(_ text: String) throws(ICUError) -> String {
    try engine.transliterate(text)
  }

  /// A word that was not in the cache: where it is in the input, and where its transliteration
  /// goes in the output once ICU has run.
  struct CacheMiss {
    var start: Int
    var count: Int
    var hash: UInt64
    var outputOffset: Int
  }

  /// Appends the transliteration of the run of `count` bytes at `start` from the cache. A word
  /// that misses is left for ``resolve(_:input:output:cache:)``, which runs all of a block's
  /// missing words through ICU in one call: ICU's cost per call dwarfs its cost per letter, and
  /// a text with a large vocabulary misses often. Other runs that miss go to ICU at once.
  @inline(__always)
  private func emit(
    _ input: UnsafePointer<UInt8>, start: Int, count: Int, isWord: Bool,
    into output: inout OutputBuffer, misses: inout [CacheMiss], cache: TransliterationCache
  ) throws(ICUError) {
    let run = input + start
    if count == 1, let byte = separatorBytes[Int(run.pointee)] {
      output.append(byte)
      return
    }
    let hash = TransliterationCache.hash(run, count: count)
    let cacheable = count <= TransliterationCache.maxKeyLength
    if cacheable, let value = cache.value(for: run, count: count, hash: hash) {
      output.append(value)
      return
    }
    if isWord && cacheable && batchesWords {
      misses.append(CacheMiss(start: start, count: count, hash: hash, outputOffset: output.count))
      return
    }
    var value = try transliterated(run, count: count)
    value.withUTF8 { bytes in
      output.append(bytes)
      if cacheable { cache.insert(run, count: count, hash: hash, value: bytes) }
    }
  }

  /// The longest run handed to ICU in one call. ICU rewrites its text in place, moving the rest
  /// of the text at each replacement that changes the length (є → ie), so one call costs the
  /// run's length squared: a 4 MB line of Ukrainian letters without a space took 48 s. No word
  /// is this long; a longer run is transliterated in pieces of about this many bytes, cut
  /// between two characters, and the letters either side of a cut are read as at the end and
  /// the start of a word (є after a cut is ye, not ie).
  static let longestRunPerCall = 4096

  /// The transliteration of the `count` bytes at `run`, in pieces of at most about
  /// ``longestRunPerCall`` bytes.
  ///
  /// - Complexity: O(*n*) for *n* bytes: ICU's cost is quadratic in a piece, not in the run.
  private func transliterated(_ run: UnsafePointer<UInt8>, count: Int) throws(ICUError) -> String {
    var result = ""
    var start = 0
    while start < count {
      var end = min(start + Self.longestRunPerCall, count)
      while end < count, run[end] & 0xC0 == 0x80 { end += 1 }
      let piece = UnsafeBufferPointer(start: run + start, count: end - start)
      result += try engine.transliterate(String(decoding: piece, as: UTF8.self))
      start = end
    }
    return result
  }

  /// Transliterates the distinct `misses` in one ICU call (joined by line feeds, which every
  /// standard leaves alone and no rule looks across), caches them, and returns `output` with
  /// each result spliced in at its place.
  private func resolve(
    _ misses: [CacheMiss], input: UnsafePointer<UInt8>, output: borrowing OutputBuffer,
    cache: TransliterationCache
  ) throws(ICUError) -> OutputBuffer {
    func same(_ a: CacheMiss, _ b: CacheMiss) -> Bool {
      a.count == b.count
        && UnsafeBufferPointer(start: input + a.start, count: a.count).elementsEqual(
          UnsafeBufferPointer(start: input + b.start, count: b.count))
    }
    // The distinct words in first-seen order; `slots[i]` is miss i's index among them.
    var firstByHash: [UInt64: Int] = [:]
    var distinct: [CacheMiss] = []
    var slots: [Int] = []
    slots.reserveCapacity(misses.count)
    for miss in misses {
      if let slot = firstByHash[miss.hash], same(distinct[slot], miss) {
        slots.append(slot)
        continue
      }
      if firstByHash[miss.hash] == nil { firstByHash[miss.hash] = distinct.count }
      slots.append(distinct.count)
      distinct.append(miss)
    }
    var joined: [UInt8] = []
    joined.reserveCapacity(distinct.reduce(0) { $0 + $1.count + 1 })
    for (index, word) in distinct.enumerated() {
      if index > 0 { joined.append(0x0A) }
      joined.append(contentsOf: UnsafeBufferPointer(start: input + word.start, count: word.count))
    }
    let batch = Array(try engine.transliterate(String(decoding: joined, as: UTF8.self)).utf8)
    var results = batch.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    if results.count != distinct.count {
      // A rule produced or swallowed a line feed: fall back to one call per word.
      results = []
      for word in distinct {
        let text = String(
          decoding: UnsafeBufferPointer(start: input + word.start, count: word.count),
          as: UTF8.self)
        results.append(Array(try engine.transliterate(text).utf8))
      }
    }
    var rebuilt = OutputBuffer(capacity: output.count + batch.count + 16)
    var copied = 0
    for (miss, slot) in zip(misses, slots) {
      rebuilt.append(
        UnsafeBufferPointer(start: output.base + copied, count: miss.outputOffset - copied))
      copied = miss.outputOffset
      results[slot].withUnsafeBufferPointer { rebuilt.append($0) }
    }
    rebuilt.append(UnsafeBufferPointer(start: output.base + copied, count: output.count - copied))
    for (word, result) in zip(distinct, results) {
      result.withUnsafeBufferPointer {
        cache.insert(input + word.start, count: word.count, hash: word.hash, value: $0)
      }
    }
    return rebuilt
  }

  /// Whether the scalar starting at byte `index` of the `end` bytes at `bytes` belongs to a word
  /// (a letter, a combining mark, an apostrophe or a backtick), and its length in bytes: 0 when
  /// the bytes there are not well-formed UTF-8. Words end where ICU's `[:L:]`/`[:M:]` end, and
  /// every character a rule context may test (`$letter`, `$apos`, `$sign`) counts as part of a
  /// word, so no context can reach across a cut.
  @inline(__always)
  static func wordScalar(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int) -> (
    isWord: Bool, length: Int
  ) {
    let lead = bytes[index]
    if lead < 0x80 {
      // ASCII letters, the apostrophe (0x27) and the backtick (0x60), as two 64-bit masks.
      let mask: UInt64 = lead < 64 ? 0x0000_0080_0000_0000 : 0x07FF_FFFF_07FF_FFFE
      let bit = (mask >> UInt64(lead & 63)) & 1
      return (bit != 0, 1)
    }
    guard let (length, second) = UTF8Lead.shape(of: lead), index + length <= end,
      second.contains(bytes[index + 1])
    else {
      return (false, 0)
    }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      let byte = bytes[index + offset]
      if byte & 0xC0 != 0x80 { return (false, 0) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    // Cyrillic (U+0400–U+04FF) is all letters and marks but U+0482 (a numeral sign).
    if value >= 0x400 && value <= 0x4FF { return (value != 0x482, length) }
    if value == 0x2018 || value == 0x2019 || value == 0x02BC { return (true, length) }
    let type = cicu_char_type(value)
    return (type >= 1 && type <= 8, length)
  }

  /// A growable byte buffer written through a raw pointer, so that appending the many short
  /// runs of a text skips the array's uniqueness and capacity checks.
  struct OutputBuffer: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
      self.capacity = max(capacity, 16)
      base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
      if count == capacity { grow(to: count + 1) }
      base[count] = byte
      count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let source = bytes.baseAddress else { return }
      let length = bytes.count
      if count + length > capacity { grow(to: count + length) }
      if length <= 16 {
        for offset in 0..<length { base[count + offset] = source[offset] }
      } else {
        (base + count).update(from: source, count: length)
      }
      count += length
    }

    private mutating func grow(to needed: Int) {
      let newCapacity = max(needed, capacity * 2)
      let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
      newBase.update(from: base, count: count)
      base.deallocate()
      base = newBase
      capacity = newCapacity
    }
  }
}
