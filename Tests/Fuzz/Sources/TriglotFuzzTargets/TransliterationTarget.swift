import TriglotText

/// `translit`: the first byte picks one of the ways Triglot writes a script in another: every
/// ``TransliterationStandard`` forward, every two-way one in reverse (Latin → Cyrillic by ICU),
/// and `--reverse` (``ReverseTransliterator``, ranked Cyrillic spellings) for Ukrainian and
/// Russian. The transliterators run on the raw bytes through the streaming entry point, which
/// must reject invalid UTF-8 by offset rather than crash, and, on short valid text, must match
/// ICU on the whole text byte for byte (the cache's promise, ``Transliterator``).
enum TransliterationTarget {
  /// Inputs longer than this skip the comparison with ICU on the whole text: ICU's rule engine
  /// is slow per character, and long lines are a known stall handled elsewhere.
  private static let comparedBytes = 1024

  /// Every transliterator, compiled once: libFuzzer calls the target millions of times.
  private static let transliterators: [Transliterator] = {
    do {
      let forward = try TransliterationStandard.all.map { try Transliterator($0) }
      let reverse = try TransliterationStandard.all.filter(\.isReversible).map {
        try Transliterator($0, direction: .reverse)
      }
      return forward + reverse
    } catch {
      fatalError("translit: a shipped standard does not compile: \(error)")
    }
  }()

  static func run(_ input: inout FuzzInput) {
    let choice = Int(input.byte()) % (transliterators.count + 2)
    let bytes = input.rest()
    guard choice < transliterators.count else {
      let target: ReverseTransliterator.Target = choice == transliterators.count ? .uk : .ru
      let latin = String(decoding: bytes, as: UTF8.self)
      let candidates = ReverseTransliterator.candidates(for: latin, language: target)
      precondition(candidates.count <= 5, "--reverse: more candidates than the limit")
      return
    }
    let transliterator = transliterators[choice]
    do {
      var output: [UInt8] = []
      let invalid = try bytes.withUnsafeBufferPointer { buffer in
        try transliterator.transliterate(validatingUTF8: buffer, into: &output)
      }
      let text = String(validating: bytes, as: UTF8.self)
      precondition(
        (invalid == nil) == (text != nil),
        "translit: invalid UTF-8 at \(String(describing: invalid))")
      if let text, bytes.count <= comparedBytes {
        let reference = try transliterator.transliterateUncached(text)
        precondition(
          output.elementsEqual(reference.utf8),
          "translit \(transliterator.standard.id) \(transliterator.direction): differs from ICU")
      }
    } catch {
      preconditionFailure("translit: ICU failed: \(error)")
    }
  }
}
