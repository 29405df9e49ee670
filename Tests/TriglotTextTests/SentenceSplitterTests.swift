import Testing
import TriglotText

@Suite("Sentence splitting")
struct SentenceSplitterTests {
  @Test(
    "Ukrainian: initials and abbreviations do not end a sentence",
    arguments: [
      (
        "Ю. Тимошенко заявила про це. Потім вона пішла.",
        ["Ю. Тимошенко заявила про це.", "Потім вона пішла."]
      ),
      (
        "Бойовики т. зв. «ДНР» обстріляли місто. Загиблих немає.",
        ["Бойовики т. зв. «ДНР» обстріляли місто.", "Загиблих немає."]
      ),
      (
        "Згідно зі ст. 5 Статуту союзники допомагають. Це важливо.",
        ["Згідно зі ст. 5 Статуту союзники допомагають.", "Це важливо."]
      ),
      (
        "Він жив у м. Київ на вул. Хрещатик. Потім переїхав.",
        ["Він жив у м. Київ на вул. Хрещатик.", "Потім переїхав."]
      ),
      (
        "Учасники, в т. ч. В. В. Кличко, прийшли. Інші ні.",
        ["Учасники, в т. ч. В. В. Кличко, прийшли.", "Інші ні."]
      ),
      (
        "Школа ім. Т. Шевченка відкрилася. Діти раді.",
        ["Школа ім. Т. Шевченка відкрилася.", "Діти раді."]
      ),
      (
        "Село лежить біля р. Дніпро. Тут гарно.",
        ["Село лежить біля р. Дніпро.", "Тут гарно."]
      ),
      (
        "Про це заявив ген. Наєв. Він додав деталі.",
        ["Про це заявив ген. Наєв.", "Він додав деталі."]
      ),
      // Trailing abbreviations: an opening phrase of up to four words stays whole …
      (
        "У 2014 р. Росія окупувала Крим. Світ засудив це.",
        ["У 2014 р. Росія окупувала Крим.", "Світ засудив це."]
      ),
      (
        "У XIX ст. Україна була поділена. Так було.",
        ["У XIX ст. Україна була поділена.", "Так було."]
      ),
      // … a longer sentence ending in one before a capital ends there.
      (
        "Бюджет становить 5 млн грн. Рада ухвалила його.",
        ["Бюджет становить 5 млн грн.", "Рада ухвалила його."]
      ),
      (
        "Це сталося у 2014 р. Відтоді минуло десять років.",
        ["Це сталося у 2014 р.", "Відтоді минуло десять років."]
      ),
      (
        "Будівлю звели в XIX ст. Тепер тут музей.",
        ["Будівлю звели в XIX ст.", "Тепер тут музей."]
      ),
      // A number after the abbreviation continues the sentence, however long it is.
      (
        "Прокуратура розпочала розслідування за фактом порушення законів війни (ч. 2 ст. 438 "
          + "Кримінального кодексу України). Це важливо.",
        [
          "Прокуратура розпочала розслідування за фактом порушення законів війни (ч. 2 ст. 438 "
            + "Кримінального кодексу України).", "Це важливо.",
        ]
      ),
      (
        "Збитки сягнули 300 тис. грн, повідомили в обл. адміністрації.",
        ["Збитки сягнули 300 тис. грн, повідомили в обл. адміністрації."]
      ),
    ])
  func splitsUkrainian(text: String, expected: [String]) throws {
    #expect(try SentenceSplitter(language: .uk).sentences(in: text).map(\.text) == expected)
  }

  @Test(
    "Russian: initials and abbreviations do not end a sentence",
    arguments: [
      (
        "В. В. Путин выступил в г. Москва. Он сказал это.",
        ["В. В. Путин выступил в г. Москва.", "Он сказал это."]
      ),
      (
        "В 2022 г. Россия начала вторжение. Мир ответил санкциями.",
        ["В 2022 г. Россия начала вторжение.", "Мир ответил санкциями."]
      ),
      (
        "Ущерб составил почти 5 млн руб. Суд рассмотрит дело.",
        ["Ущерб составил почти 5 млн руб.", "Суд рассмотрит дело."]
      ),
      (
        "Это т. н. референдум. Его никто не признал.",
        ["Это т. н. референдум.", "Его никто не признал."]
      ),
      (
        "Он жил на ул. Ленина, д. 5. Потом уехал.",
        ["Он жил на ул. Ленина, д. 5.", "Потом уехал."]
      ),
      (
        "На рынке были яблоки, груши и т. д. Потом все закончилось.",
        ["На рынке были яблоки, груши и т. д.", "Потом все закончилось."]
      ),
      (
        "Об этом сообщил им. Сергей. Затем ушел.",
        ["Об этом сообщил им. Сергей.", "Затем ушел."]
      ),
    ])
  func splitsRussian(text: String, expected: [String]) throws {
    #expect(try SentenceSplitter(language: .ru).sentences(in: text).map(\.text) == expected)
  }

  @Test(
    "English: initials and abbreviations do not end a sentence",
    arguments: [
      (
        "Mr. Smith met Dr. Jones at a U.S. Army base. They talked.",
        ["Mr. Smith met Dr. Jones at a U.S. Army base.", "They talked."]
      ),
      (
        "K. Budanov said so. Then he left.",
        ["K. Budanov said so.", "Then he left."]
      ),
      (
        "He met Gen. Syrskyi and Lt. Col. Smith. They agreed.",
        ["He met Gen. Syrskyi and Lt. Col. Smith.", "They agreed."]
      ),
      (
        "Some leaders, e.g. Zelensky, spoke. Others did not.",
        ["Some leaders, e.g. Zelensky, spoke.", "Others did not."]
      ),
      (
        "The vote is set for Jan. 5. No one objected.",
        ["The vote is set for Jan. 5.", "No one objected."]
      ),
      (
        "We bought apples, pears, plums etc. The market was full.",
        ["We bought apples, pears, plums etc.", "The market was full."]
      ),
      (
        "The plan will cost them $5 bn. The vote failed.",
        ["The plan will cost them $5 bn.", "The vote failed."]
      ),
      (
        "Mrs. J. R. R. Tolkien visited St. Louis. It rained.",
        ["Mrs. J. R. R. Tolkien visited St. Louis.", "It rained."]
      ),
      (
        "Is it true? Yes! It is.",
        ["Is it true?", "Yes!", "It is."]
      ),
    ])
  func splitsEnglish(text: String, expected: [String]) throws {
    #expect(try SentenceSplitter(language: .en).sentences(in: text).map(\.text) == expected)
  }

  @Test(arguments: [Language.uk, .ru, .en, .other])
  func rangesPointIntoTheOriginal(language: Language) throws {
    let text = "  😀 Ю. Тимошенко, K. Budanov\r\nта В. В. Путин — тут. Друге 👍 речення!\n\nТретє.  "
    let sentences = try SentenceSplitter(language: language).sentences(in: text)
    #expect(sentences.count == 3)
    let scalars = Array(text.unicodeScalars)
    for sentence in sentences {
      #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == sentence.text)
    }
    #expect(sentences.first?.range.lowerBound == 2)
  }

  @Test func softWrapsStayInsideASentenceAndBlankLinesEndOne() throws {
    let text = "Перше речення\nпродовжується тут. Друге.\n\nТретє без крапки\n\nЮ.\n\nТимошенко"
    let sentences = try SentenceSplitter(language: .uk).sentences(in: text).map(\.text)
    #expect(
      sentences == [
        "Перше речення\nпродовжується тут.", "Друге.", "Третє без крапки", "Ю.", "Тимошенко",
      ])
  }

  @Test func emptyAndBlankTextHaveNoSentences() throws {
    #expect(try SentenceSplitter(language: .uk).sentences(in: "").isEmpty)
    #expect(try SentenceSplitter(language: .en).sentences(in: " \n\t ").isEmpty)
  }

  @Test func abbreviationTablesAreInLowerCaseWithoutSpaces() {
    for language in Language.allCases {
      for (entry, _) in AbbreviationTable.abbreviations(for: language) {
        #expect(entry == entry.lowercased())
        #expect(!entry.contains(" "))
        #expect(entry.hasSuffix("."))
      }
    }
  }
}
