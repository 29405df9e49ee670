import Testing
@testable import TriglotText

@Suite("ICU shim")
struct ICUShimTests {
  @Test func nfcComposesAndCasefoldFolds() throws {
    #expect(try ICUNormalizer.normalize("й", to: .nfc) == "й")
    #expect(try ICUNormalizer.normalize("КИЇВ ﬁ", to: .nfkcCasefold) == "київ fi")
  }

  @Test func builtInTransliteratorRuns() throws {
    let latin = try ICUTransliterator(id: "Any-Latin; Latin-ASCII")
    #expect(try latin.transliterate("Київ") == "Kiiv")
  }

  @Test func ruleSyntaxErrorIsReported() {
    #expect(throws: ICUError.self) {
      _ = try ICUTransliterator(name: "broken", rules: "a > b;\nc > ;; [[ > d;")
    }
  }

  @Test func rulesCompileAndRun() throws {
    let rules = try ICUTransliterator(name: "demo", rules: "щ > shch; Щ > Shch;")
    #expect(try rules.transliterate("Щука щука") == "Shchука shchука")
  }

  @Test func sentenceBreaksUseLocale() throws {
    let text = "Перше речення. Друге речення!"
    let segments = try ICUBreakIterator.segments(of: text, kind: .sentence, locale: "uk")
    #expect(segments.count == 2)
  }

  @Test func wordBreaksTellLettersFromNumbers() throws {
    let segments = try ICUBreakIterator.segments(of: "у 2024 році", kind: .word, locale: "uk")
    #expect(segments.map(\.kind) == [.letter, .none, .number, .none, .letter])
  }



  @Test func scriptsOfScalars() {
    #expect(UnicodeScript("i") == .latin)
    #expect(UnicodeScript("і") == .cyrillic)
    #expect(UnicodeScript("5") == .common)
    #expect(UnicodeScript.isDefaultIgnorable("\u{200B}"))
    #expect(!UnicodeScript.isDefaultIgnorable("a"))
  }

  @Test func charsetDetectorNamesWindows1251() throws {
    // "Верховна Рада ухвалила державний бюджет на 2026 рік." in windows-1251.
    let text = "Верховна Рада ухвалила державний бюджет на 2026 рік."
    let bytes = try ICUConverter.decode(Array(0...255), from: "windows-1251").unicodeScalars
      .enumerated().reduce(into: [Unicode.Scalar: UInt8]()) { $0[$1.element] = UInt8($1.offset) }
    let encoded = text.unicodeScalars.map { bytes[$0]! }
    let matches = try ICUCharsetDetector.matches(for: encoded)
    #expect(matches.first?.name == "windows-1251")
    #expect((matches.first?.confidence ?? 0) > 10)
    #expect(try ICUConverter.decode(encoded, from: "cp1251") == text)
  }

  @Test func converterStopsAtTheFirstBadSequence() {
    #expect(throws: ICUConverter.InvalidBytes(byteOffset: 3)) {
      try ICUConverter.decode([0x41, 0x42, 0x43, 0xFF, 0x44], from: "UTF-8")
    }
    #expect(throws: ICUError.self) { try ICUConverter.decode([0x41], from: "no-such-charset") }
    #expect(ICUConverter.canonicalName(of: "koi8-r") == ICUConverter.canonicalName(of: "KOI8-R"))
  }

  @Test func converterReadsLongInput() throws {
    let long = String(repeating: "Київ ", count: 20_000)
    #expect(try ICUConverter.decode(Array(long.utf8), from: "UTF-8") == long)
  }
}
