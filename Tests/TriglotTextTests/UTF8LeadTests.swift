import Testing
import TriglotText

@Suite("UTF-8 lead bytes")
struct UTF8LeadTests {
  @Test(arguments: [
    (UInt8(0x41), 1, UInt8(0x80)...UInt8(0xBF)),
    (0xD0, 2, 0x80...0xBF),
    (0xE0, 3, 0xA0...0xBF),
    (0xED, 3, 0x80...0x9F),
    (0xF0, 4, 0x90...0xBF),
    (0xF4, 4, 0x80...0x8F),
  ])
  func shapes(lead: UInt8, length: Int, second: ClosedRange<UInt8>) throws {
    let shape = try #require(UTF8Lead.shape(of: lead))
    #expect(shape.length == length)
    #expect(shape.second == second)
  }

  @Test(arguments: [UInt8(0x80), 0xBF, 0xC0, 0xC1, 0xF5, 0xFF])
  func rejectsBytesThatCannotLead(byte: UInt8) {
    #expect(UTF8Lead.shape(of: byte) == nil)
  }

  @Test func agreesWithSwiftsDecoderOnEveryLeadByte() {
    for lead in UInt8.min...UInt8.max {
      guard let (length, second) = UTF8Lead.shape(of: lead) else { continue }
      let sequence = [lead] + (length > 1 ? [second.lowerBound] : [])
        + [UInt8](repeating: 0x80, count: max(0, length - 2))
      #expect(String(validating: sequence, as: UTF8.self) != nil, "lead \(lead)")
    }
  }
}
