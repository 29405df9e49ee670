import Testing

@testable import TriglotText

@Suite("Parallel transliterator")
struct ParallelTransliteratorTests {
  /// Many lines of Ukrainian text with names, capitals and apostrophes.
  static let text: String = (0..<4000).map { line in
    "\(line). Згурський і ЩУКА з Знам’янки, п'ять об'єктів у Києві; Їжакевич — \(line * 7) грн.\n"
  }.joined()

  static func run(_ text: String, workers: Int) throws -> (bytes: [UInt8], invalid: Int?) {
    let standard = try #require(TransliterationStandard.standard(id: "kmu-2010", language: .uk))
    let transliterator = try ParallelTransliterator(standard, workers: workers)
    var output: [UInt8] = []
    var input = Array(text.utf8)
    let invalid = try input.withUnsafeMutableBufferPointer {
      try transliterator.transliterate(validatingUTF8: UnsafeBufferPointer($0), into: &output)
    }
    input.removeAll()
    return (output, invalid)
  }

  @Test(arguments: [1, 2, 3, 8])
  func matchesUncachedICU(workers: Int) throws {
    let standard = try #require(TransliterationStandard.standard(id: "kmu-2010", language: .uk))
    let expected = try Transliterator(standard).transliterateUncached(Self.text)
    let result = try Self.run(Self.text, workers: workers)
    #expect(result.invalid == nil)
    #expect(String(decoding: result.bytes, as: UTF8.self) == expected)
  }

  @Test func partsEndAfterLineFeedsAndCoverTheInput() {
    let bytes = Array(Self.text.utf8)
    bytes.withUnsafeBufferPointer { input in
      let parts = ParallelTransliterator.parts(of: input, count: 4)
      #expect(parts.count == 4)
      #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == input.count)
      for (left, right) in zip(parts, parts.dropFirst()) {
        #expect(left.upperBound == right.lowerBound)
        #expect(input[left.upperBound - 1] == 0x0A)
      }
    }
  }

  @Test func smallInputIsOnePart() {
    let bytes = Array("Київ\nХарків\n".utf8)
    bytes.withUnsafeBufferPointer { input in
      #expect(ParallelTransliterator.parts(of: input, count: 2) == [0..<input.count])
    }
  }

  @Test func reportsTheOffsetOfInvalidUTF8InALaterPart() throws {
    var bytes = Array(Self.text.utf8)
    let bad = bytes.count - 10
    bytes[bad] = 0xFF
    let standard = try #require(TransliterationStandard.standard(id: "kmu-2010", language: .uk))
    let transliterator = try ParallelTransliterator(standard, workers: 2)
    var output: [UInt8] = []
    let invalid = try bytes.withUnsafeBufferPointer {
      try transliterator.transliterate(validatingUTF8: $0, into: &output)
    }
    #expect(invalid == bad)
  }
}
