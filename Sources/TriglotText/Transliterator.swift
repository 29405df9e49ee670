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
  /// This is the streaming entry point: it never copies the input into a `String`.
  public func transliterate(
    utf8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) throws(ICUError) {
    guard !input.isEmpty else { return }
    try cache.withLock { (cache) throws(ICUError) in
      var start = 0
      var inWord = Self.isWordScalar(at: 0, in: input).isWord
      var index = 0
      while index < input.count {
        let (isWord, length) = Self.isWordScalar(at: index, in: input)
        if isWord != inWord {
          try emit(UnsafeBufferPointer(rebasing: input[start..<index]), into: &output, with: &cache)
          start = index
          inWord = isWord
        }
        index += length
      }
      try emit(UnsafeBufferPointer(rebasing: input[start..<input.count]), into: &output, with: &cache)
    }
  }

  /// Returns `text` run through ICU as a whole, without the cache: the reference that
  /// ``transliterate(_:)`` must match byte for byte.
  public func transliterateUncached(_ text: String) throws(ICUError) -> String {
    try engine.transliterate(text)
  }

  /// Appends the transliteration of one run, from the cache or from ICU.
  private func emit(
    _ run: UnsafeBufferPointer<UInt8>, into output: inout [UInt8],
    with cache: inout TransliterationCache
  ) throws(ICUError) {
    guard run.count <= TransliterationCache.maxKeyLength else {
      output.append(contentsOf: try engine.transliterate(String(decoding: run, as: UTF8.self)).utf8)
      return
    }
    let hash = TransliterationCache.hash(run)
    if cache.appendValue(for: run, hash: hash, to: &output) { return }
    let value = Array(try engine.transliterate(String(decoding: run, as: UTF8.self)).utf8)
    output.append(contentsOf: value)
    cache.insert(run, hash: hash, value: value)
  }

  /// Whether the scalar starting at byte `index` belongs to a word (a letter, a combining mark, an
  /// apostrophe or a backtick), and its length in bytes. Words end where ICU's `[:L:]`/`[:M:]`
  /// end, and every character a rule context may test (`$letter`, `$apos`, `$sign`) counts as
  /// part of a word, so no context can reach across a cut.
  @inline(__always)
  static func isWordScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    isWord: Bool, length: Int
  ) {
    let lead = bytes[index]
    if lead < 0x80 {
      let lower = lead | 0x20
      return (lower >= 0x61 && lower <= 0x7A || lead == 0x27 || lead == 0x60, 1)
    }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= bytes.count else { return (false, bytes.count - index) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    // Cyrillic (U+0400–U+04FF) is all letters and marks but U+0482 (a numeral sign).
    if value >= 0x400 && value <= 0x4FF { return (value != 0x482, length) }
    if value == 0x2018 || value == 0x2019 || value == 0x02BC { return (true, length) }
    let type = cicu_char_type(value)
    return (type >= 1 && type <= 8, length)
  }
}
