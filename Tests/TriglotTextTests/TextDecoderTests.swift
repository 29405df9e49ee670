import Testing
@testable import TriglotText

@Suite("Decoding input bytes")
struct TextDecoderTests {
  @Test func decodesUTF8AndDropsBOM() throws {
    let result = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Київ".utf8), source: "a.txt")
    #expect(result.text == "Київ")
  }

  @Test(arguments: [
    ([0x41, 0xFF, 0x42], 1),
    ([0x41, 0x42, 0xC3], 2),
    ([0xE0, 0x80, 0x80], 0),
    ([0xED, 0xA0, 0x80], 0),
    (Array("Ки".utf8) + [0xD0], 4),
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
}
