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
}
