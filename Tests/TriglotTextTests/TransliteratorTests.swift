import Foundation
import Testing

@testable import TriglotText

@Suite("Transliterator")
struct TransliteratorTests {
  typealias Tables = TransliterationPublishedTables

  static func transliterator(_ language: Language, _ id: String) throws -> Transliterator {
    let standard = try #require(TransliterationStandard.standard(id: id, language: language))
    return try Transliterator(standard)
  }

  static let kmu = try! transliterator(.uk, "kmu-2010")

  // MARK: Published tables

  @Test(arguments: Tables.letterTables)
  func letterTable(_ table: Tables.LetterTable) throws {
    let transliterator = try Self.transliterator(table.language, table.id)
    #expect(table.pairs.count == table.letters.split(separator: " ").count)
    for (cyrillic, latin) in table.pairs {
      #expect(try transliterator.transliterate(cyrillic) == latin, "\(cyrillic)")
      let capital = cyrillic.uppercased()
      let title = latin.prefix(1).uppercased() + latin.dropFirst()
      guard let first = latin.unicodeScalars.first, first.properties.isAlphabetic else { continue }
      let result = try transliterator.transliterate(capital)
      if transliterator.standard.rules.contains("\n:: ") {
        // ICU's built-in BGN/PCGN transforms write most lone capitals in full (Ж ZH) and a lone
        // Ё as Ë; the rule files of Rules/ write a lone capital in title case, as in a name.
        #expect([latin.uppercased(), title].contains(result) || capital == "Ё", "\(capital)")
      } else {
        #expect(result == title, "\(capital)")
      }
    }
  }

  @Test(arguments: Tables.kmuResolutionExamples + Tables.kmuFurtherExamples)
  func kmuExample(_ cyrillic: String, _ latin: String) throws {
    #expect(try Self.kmu.transliterate(cyrillic) == latin)
  }

  @Test(arguments: Tables.standardExamples.map { "\($0.0.rawValue)|\($0.1)|\($0.2)|\($0.3)" })
  func standardExample(_ row: String) throws {
    let fields = row.split(separator: "|").map(String.init)
    let language = try #require(Language(rawValue: fields[0]))
    let transliterator = try Self.transliterator(language, fields[1])
    #expect(try transliterator.transliterate(fields[2]) == fields[3])
  }

  // MARK: KMU 2010 details

  @Test(arguments: [
    ("Щука", "Shchuka"), ("ЩУКА", "SHCHUKA"), ("ЮРІЙ", "YURII"), ("ЗГУРСЬКИЙ", "ZGHURSKYI"),
    ("ЗНАМ’ЯНКА", "ZNAMIANKA"), ("Я", "Ya"), ("ЄС", "YES"), ("Щ", "Shch"), ("ПЛЮЩ", "PLIUSHCH"),
    ("ЖИТОМИР", "ZHYTOMYR"), ("Харків — ХАРКІВ", "Kharkiv — KHARKIV"),
  ])
  func kmuTitleCaseAndCapitals(_ cyrillic: String, _ latin: String) throws {
    #expect(try Self.kmu.transliterate(cyrillic) == latin)
  }

  @Test(arguments: ["Знам'янка", "Знам’янка", "Знамʼянка", "Знам‘янка"])
  func everyApostropheVariantIsTheApostrophe(_ word: String) throws {
    #expect(try Self.kmu.transliterate(word) == "Znamianka")
  }

  @Test func aLetterAfterAnApostropheIsInsideTheWord() throws {
    #expect(try Self.kmu.transliterate("п’ять пір’їна об’єкт") == "piat pirina obiekt")
  }

  @Test func quotesAroundAWordAreNotApostrophes() throws {
    #expect(try Self.kmu.transliterate("'Яблуко' ’Юлія’") == "'Yabluko' ’Yuliia’")
  }

  @Test func textOutsideTheLettersPassesThrough() throws {
    let text = "Zelensky's plan, 2024: 5 % — «так»! don't e-mail ñ 東京 🇺🇦 #1"
    #expect(try Self.kmu.transliterate(text) == text.replacingOccurrences(of: "так", with: "tak"))
    let russian = try Self.transliterator(.ru, "bgn-pcgn")
    #expect(try russian.transliterate("don't 2024 — ok!") == "don't 2024 — ok!")
  }

  @Test func ukrainianStandardsLeaveRussianOnlyLettersAlone() throws {
    #expect(try Self.kmu.transliterate("съёмка") == "sъёmka")
  }

  // MARK: ISO 9 reversibility

  @Test(arguments: [Language.uk, .ru])
  func iso9RoundTripsCyrillicExactly(_ language: Language) throws {
    let standard = try #require(TransliterationStandard.standard(id: "iso-9", language: language))
    let forward = try Transliterator(standard)
    let reverse = try Transliterator(standard, direction: .reverse)
    let alphabet = language == .uk ? Tables.ukrainian : Tables.russian
    var letters = alphabet.split(separator: " ").map(String.init)
    letters += letters.map { $0.uppercased() }
    if language == .uk { letters.append("ʼ") }
    var random = SampleText.Random(seed: language == .uk ? 11 : 12)
    let words = (0..<20_000).map { _ in
      var word = (0..<random.next(in: 1...12)).map { _ in Character(random.pick(letters)) }
      // ISO 9 writes Ь and ь (Ъ and ъ) alike; the reverse takes the capital after a capital,
      // unless a lower-case letter follows.
      for index in word.indices where "ьъЬЪ".contains(word[index]) {
        let afterCapital = index > 0 && word[index - 1].isUppercase
        let beforeLowercase =
          index + 1 < word.count && word[index + 1].isLowercase && !"ьъ".contains(word[index + 1])
        word[index] = Character(
          afterCapital && !beforeLowercase
            ? word[index].uppercased() : word[index].lowercased())
      }
      return String(String(word).drop { $0 == "ʼ" })
    }
    let text = words.joined(separator: " ")
    let latin = try forward.transliterate(text)
    #expect(try reverse.transliterate(latin) == text)
    #expect(!latin.contains { $0.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } })
  }

  @Test(arguments: [Language.uk, .ru])
  func iso9RoundTripsLatinExactly(_ language: Language) throws {
    let standard = try #require(TransliterationStandard.standard(id: "iso-9", language: language))
    let forward = try Transliterator(standard)
    let reverse = try Transliterator(standard, direction: .reverse)
    let table = try #require(
      Tables.letterTables.first { $0.id == "iso-9" && $0.language == language })
    var letters = table.pairs.map(\.latin)
    letters += letters.map { $0.uppercased() }
    var random = SampleText.Random(seed: language == .uk ? 21 : 22)
    let words = (0..<20_000).map { _ in
      (0..<random.next(in: 1...12)).map { _ in letters[random.next(in: 0...letters.count - 1)] }
        .joined()
    }
    let latin = words.joined(separator: " ")
    let cyrillic = try reverse.transliterate(latin)
    #expect(try forward.transliterate(cyrillic) == latin)
  }

  @Test func onlyReversibleStandardsOpenInReverse() throws {
    let standard = try #require(TransliterationStandard.standard(id: "kmu-2010", language: .uk))
    #expect(throws: ICUError.self) { _ = try Transliterator(standard, direction: .reverse) }
  }

  // MARK: The cache

  @Test(arguments: TransliterationStandard.all.map(\.testLabel))
  func cachedOutputIsByteIdenticalToUncachedICU(_ label: String) throws {
    let standard = try #require(TransliterationStandard.all.first { $0.testLabel == label })
    let text = SampleText.mixed(language: standard.language, lines: 1_500)
    let expected = try Transliterator(standard).transliterateUncached(text)
    for capacity in [32_768, 40] {
      let transliterator = try Transliterator(standard, cacheCapacity: capacity)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let cached = try lines.map { try transliterator.transliterate(String($0)) }
        .joined(separator: "\n")
      #expect(Array(cached.utf8) == Array(expected.utf8), "cache capacity \(capacity)")
    }
  }

  @Test func wholeTextAndLineByLineAgree() throws {
    let text = SampleText.mixed(language: .uk, lines: 200)
    let lineByLine = try text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { try Self.kmu.transliterate(String($0)) }.joined(separator: "\n")
    #expect(try Self.kmu.transliterate(text) == lineByLine)
  }

  @Test func cacheStaysWithinItsBound() {
    let cache = TransliterationCache(maxEntries: 16)
    for number in 0..<1_000 {
      let key = Array("word\(number)".utf8)
      key.withUnsafeBufferPointer { buffer in
        let hash = TransliterationCache.hash(buffer.baseAddress!, count: buffer.count)
        #expect(cache.value(for: buffer.baseAddress!, count: buffer.count, hash: hash) == nil)
        cache.insert(buffer.baseAddress!, count: buffer.count, hash: hash, value: buffer)
        let value = cache.value(for: buffer.baseAddress!, count: buffer.count, hash: hash)
        #expect(value.map(Array.init) == key)
      }
      #expect(cache.count <= 16)
    }
  }

  @Test func streamingEntryPointReportsInvalidUTF8() throws {
    let bytes: [UInt8] = Array("Київ ".utf8) + [0xD0] + Array(" ok".utf8)
    var output: [UInt8] = []
    let bad = try bytes.withUnsafeBufferPointer {
      try Self.kmu.transliterate(validatingUTF8: $0, into: &output)
    }
    #expect(bad == 9)
    #expect(output.isEmpty)
    let good = Array("Київ — ok".utf8)
    let none = try good.withUnsafeBufferPointer {
      try Self.kmu.transliterate(validatingUTF8: $0, into: &output)
    }
    #expect(none == nil)
    #expect(String(decoding: output, as: UTF8.self) == "Kyiv — ok")
  }

  @Test func sharedInstanceIsSafeAcrossThreads() async throws {
    let transliterator = Self.kmu
    let text = SampleText.mixed(language: .uk, lines: 50)
    let expected = try transliterator.transliterateUncached(text)
    try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<8 { group.addTask { try transliterator.transliterate(text) } }
      for try await result in group { #expect(result == expected) }
    }
  }

  /// A 400 KB word whose letters change length (щ → shch) goes to ICU in pieces of
  /// `longestRunPerCall` bytes: in one call ICU moved the rest of the text at every letter,
  /// which took seconds. The pieces are cut between two whole characters.
  @Test func aFourHundredKilobyteWordIsTransliteratedInPieces() throws {
    let word = String(repeating: "щука", count: 50_000) + "є"
    #expect(try Self.kmu.transliterate(word) == String(repeating: "shchuka", count: 50_000) + "ie")
  }
}
