import Foundation
import Testing
import TriglotTestSupport

@testable import TriglotText

@Suite("Decoding input bytes")
struct TextDecoderTests {
  @Test func decodesUTF8AndDropsBOM() throws {
    let result = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Київ".utf8), source: "a.txt")
    #expect(result.text == "Київ")
    #expect(result.encoding == .utf8)
    #expect(result.evidence == .utf8)
  }

  @Test(
    arguments: [
      ([0x41, 0xFF, 0x42], 1),
      ([0x41, 0x42, 0xC3], 2),
      ([0xE0, 0x80, 0x80], 0),
      ([0xED, 0xA0, 0x80], 0),
      (Array("Ки".utf8) + [0xD0], 4),
      (Array("Київ — столиця України. ".utf8) + [0xC0] + Array(" Львів.".utf8), 44),
    ] as [([UInt8], Int)])
  func reportsTheOffsetOfInvalidUTF8(bytes: [UInt8], offset: Int) {
    #expect(throws: TriglotTextError.invalidUTF8(source: "x.txt", byteOffset: offset)) {
      try TextDecoder.decode(bytes, source: "x.txt")
    }
  }

  @Test func lossyModeReplacesAndReports() throws {
    let result = try TextDecoder.decode([0x41, 0xFF, 0x42], source: "x", lossy: true)
    #expect(result.text == "A\u{FFFD}B")
    #expect(result.replacedOffsets == [1])
  }

  @Test func emptyAndBinaryInputsAreErrors() {
    #expect(throws: TriglotTextError.emptyInput(source: "e")) {
      try TextDecoder.decode(Array(" \n\n".utf8), source: "e")
    }
    #expect(throws: TriglotTextError.binaryInput(source: "b", byteOffset: 2)) {
      try TextDecoder.decode([0x50, 0x4B, 0x00, 0x03], source: "b")
    }
  }

  @Test(arguments: [false, true])
  func readsUTF16WithAByteOrderMark(bigEndian: Bool) throws {
    let text = "Перше речення.\r\nДруге речення 😀.\r\n"
    let result = try TextDecoder.decode(UTF16Bytes.encode(text, bigEndian: bigEndian), source: "u")
    #expect(result.text == text)
    #expect(result.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    #expect(result.evidence == .byteOrderMark)
  }

  @Test func anUnpairedSurrogateInUTF16IsAnErrorWithItsOffset() {
    // "AB" then a lone high surrogate D800 then "C", little-endian after the mark.
    let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00, 0x00, 0xD8, 0x43, 0x00]
    #expect(
      throws: TriglotTextError.invalidEncoding(source: "u", encoding: "UTF-16LE", byteOffset: 6)
    ) { try TextDecoder.decode(bytes, source: "u") }
  }

  @Test(arguments: [false, true])
  func utf16WithoutAByteOrderMarkIsDetected(bigEndian: Bool) throws {
    let text = "Київ, 12 травня. Kyiv, May 12.\n"
    let units = Array(text.utf16)
    let bytes = units.flatMap {
      bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)]
    }
    let result = try TextDecoder.decode(bytes, source: "u")
    #expect(result.text == text)
    #expect(result.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    guard case .detected = result.evidence else {
      Issue.record("expected a detected encoding, got \(result.evidence)")
      return
    }
  }

  @Test func binaryWithNULBytesIsNotTakenForUTF16() {
    // An ELF header: NUL bytes, but not in every other byte.
    let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]
    let error = #expect(throws: TriglotTextError.self) {
      try TextDecoder.decode(bytes, source: "u")
    }
    #expect(error?.localizedDescription.contains("looks like a binary file") == true)
  }

  /// Every edition of the Corpora in each Cyrillic legacy charset it fits, detected and read
  /// back exactly.
  @Test(arguments: ["windows-1251", "KOI8-R", "KOI8-U"])
  func detectsLegacyCyrillicCharsets(charset: String) throws {
    let legacy = try LegacyCharset(charset)
    var checked = 0
    for article in CorporaArticle.all {
      for edition in article.editions where edition.language != .en {
        let text = legacy.approximating(try String(contentsOfFile: edition.source, encoding: .utf8))
        let result = try TextDecoder.decode(legacy.encode(text), source: edition.source)
        // A Russian text is byte for byte the same in KOI8-U and KOI8-R.
        let expected = charset == "KOI8-U" && edition.language == .ru ? "KOI8-R" : charset
        #expect(result.encoding.name == expected, "\(edition.source)")
        #expect(result.text == text, "\(edition.source)")
        if case .detected = result.evidence {
        } else {
          Issue.record("\(edition.source): not detected")
        }
        checked += 1
      }
    }
    #expect(checked == 28)
  }

  @Test(arguments: [
    ("windows-1251", "Верховна Рада ухвалила бюджет."),
    ("windows-1251", "Верховная Рада приняла бюджет."),
    ("KOI8-U", "Ці слова українські: ґанок, їжак, єнот."),
    ("KOI8-R", "Государственная дума приняла закон о бюджете."),
  ])
  func detectsShortSentences(charset: String, text: String) throws {
    let result = try TextDecoder.decode(LegacyCharset(charset).encode(text), source: "s")
    #expect(result.encoding.name == charset)
    #expect(result.text == text)
  }

  /// Bytes that are not UTF-8 but not Cyrillic text either keep the exact UTF-8 error.
  @Test(
    arguments: [
      (
        Array("Four people were killed ".utf8) + [0xFF, 0xFE] + Array(" on September 17.".utf8), 24
      ),
      ([0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65], 3),  // "café crème", Latin-1
      (Array("Bad bytes: ".utf8) + [0xFF, 0x0A], 11),
    ] as [([UInt8], Int)])
  func strayBytesAreNoLegacyCharset(bytes: [UInt8], offset: Int) {
    #expect(throws: TriglotTextError.invalidUTF8(source: "x", byteOffset: offset)) {
      try TextDecoder.decode(bytes, source: "x")
    }
  }

  @Test func aGivenEncodingIsUsedAsIs() throws {
    let bytes = try LegacyCharset("ISO-8859-5").encode("Київ і Львів")
    let encoding = try #require(TextEncoding(named: "iso-8859-5"))
    let result = try TextDecoder.decode(bytes, source: "g", encoding: encoding)
    #expect(result.text == "Київ і Львів")
    #expect(result.evidence == .given)
  }

  @Test func encodingNamesAreICUAliases() {
    #expect(TextEncoding(named: "cp1251") == .windows1251)
    #expect(TextEncoding(named: "koi8-u") == .koi8U)
    #expect(TextEncoding(named: "utf8") == .utf8)
    #expect(TextEncoding(named: "no-such-charset") == nil)
  }

  @Test func aGivenUTF8StillReportsTheExactOffset() {
    let bytes = try! LegacyCharset("windows-1251").encode("Київ")
    #expect(throws: TriglotTextError.invalidUTF8(source: "g", byteOffset: 0)) {
      try TextDecoder.decode(bytes, source: "g", encoding: .utf8)
    }
  }
}
