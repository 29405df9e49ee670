import Testing
import TriglotText

@Suite("Word tokenization")
struct WordTokenizerTests {
  @Test(arguments: [
    (Language.uk, "Київ — столиця України.", ["Київ:letter", "столиця:letter", "України:letter"]),
    (.uk, "Су-25 і F-16", ["Су:letter", "25:number", "і:letter", "F:letter", "16:number"]),
    (.uk, "п’ять п'ять", ["п’ять:letter", "п'ять:letter"]),
    (.ru, "Ещё 1,5 млн рублей!", ["Ещё:letter", "1,5:number", "млн:letter", "рублей:letter"]),
    (
      .en, "Don't panic, COVID-19 (2020).",
      [
        "Don't:letter", "panic:letter", "COVID:letter",
        "19:number", "2020:number",
      ]
    ),
    (.en, "👍 ok", ["ok:letter"]),
    (.other, "東京", ["東京:other"]),
  ])
  func findsWords(language: Language, text: String, expected: [String]) throws {
    let words = try WordTokenizer(language: language).words(in: text)
    #expect(words.map { "\($0.text):\($0.kind.rawValue)" } == expected)
  }

  @Test func rangesAreScalarOffsetsIntoTheOriginal() throws {
    let text = "😀 Київ,\r\nKyiv 2024"
    let words = try WordTokenizer(language: .uk).words(in: text)
    #expect(words.map(\.range) == [2..<6, 9..<13, 14..<18])
    let scalars = Array(text.unicodeScalars)
    for word in words {
      #expect(String(String.UnicodeScalarView(scalars[word.range])) == word.text)
    }
  }

  @Test func emptyTextHasNoWords() throws {
    #expect(try WordTokenizer().words(in: "").isEmpty)
    #expect(try WordTokenizer().words(in: " … — ").isEmpty)
  }
}
