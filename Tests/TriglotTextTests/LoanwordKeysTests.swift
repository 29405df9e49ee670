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
    #expect(LoanwordKeys.keys(of: "he met Macron and Zelensky", in: .en).isEmpty)
    #expect(
      LoanwordKeys.keys(of: "зустрілися Макрон і Зеленський", in: .uk)
        == LoanwordKeys.keys(of: "зустрілися", in: .uk))
    #expect(LoanwordKeys.keys(of: "audio", in: .en).isEmpty, "one consonant after the first letter")
  }

  /// A capital that opens a sentence or a quotation starts a common word as often as a name,
  /// so the word gives its key (Натисніть «Інформація про пристрій» / Tap Device information).
  @Test func capitalizedWordsOpeningASentenceOrQuotationGiveKeys() {
    let information = LoanwordKeys.keys(of: "information", in: .en)
    #expect(
      LoanwordKeys.keys(of: "Натисніть «Інформація про пристрій».", in: .uk)
        .contains(information[0]))
    #expect(LoanwordKeys.keys(of: "Готово. Інформація оновлена.", in: .uk).contains(information[0]))
    #expect(LoanwordKeys.keys(of: "Information.", in: .en) == information)
  }

  @Test func keysAreSortedAndEachOnce() {
    let keys = LoanwordKeys.keys(of: "Замовлення: адреса, телефон, адреса доставки.", in: .uk)
    #expect(keys == keys.sorted())
    #expect(Set(keys).count == keys.count)
    #expect(keys.contains(LoanwordKeys.keys(of: "address", in: .en)[0]))
  }
}
