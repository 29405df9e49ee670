import Testing
import TriglotText

@Suite("Loanword keys")
struct LoanwordKeysTests {
  /// An English word and its borrowing in Ukrainian and Russian give the same key.
  @Test(arguments: [
    ("telephone", "телефон", "телефон"), ("information", "інформація", "информация"),
    ("address", "адреса", "адрес"), ("company", "компанія", "компания"),
    ("product", "продукту", "продукта"), ("document", "документ", "документа"),
  ])
  func aWordAndItsBorrowingMeet(english: String, ukrainian: String, russian: String) {
    let key = LoanwordKeys.keys(of: english, in: .en)
    #expect(key.count == 1)
    #expect(LoanwordKeys.keys(of: ukrainian, in: .uk) == key)
    #expect(LoanwordKeys.keys(of: russian, in: .ru) == key)
  }

  @Test func shortWordsNamesAndWordsWithFewConsonantsGiveNone() {
    #expect(LoanwordKeys.keys(of: "the shop is open", in: .en).isEmpty)
    #expect(LoanwordKeys.keys(of: "Zelensky met Macron", in: .en).isEmpty)
    #expect(LoanwordKeys.keys(of: "Зеленський зустрівся", in: .uk) == LoanwordKeys.keys(of: "зустрівся", in: .uk))
    #expect(LoanwordKeys.keys(of: "audio", in: .en).isEmpty, "one consonant after the first letter")
  }

  @Test func keysAreSortedAndEachOnce() {
    let keys = LoanwordKeys.keys(of: "Замовлення: адреса, телефон, адреса доставки.", in: .uk)
    #expect(keys == keys.sorted())
    #expect(Set(keys).count == keys.count)
    #expect(keys.contains(LoanwordKeys.keys(of: "address", in: .en)[0]))
  }
}
