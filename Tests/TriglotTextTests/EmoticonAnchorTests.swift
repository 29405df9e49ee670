import Testing
import TriglotText

@Suite("Emoticon anchors")
struct EmoticonAnchorTests {
  /// Emoticons are keyed by what they show, however many brackets they have; a bracket that
  /// closes an opening one is punctuation; an emoji is its code point.
  @Test(
    arguments: [
      ("Спробую все пояснити їй)", ["smile"]),
      ("I'll try to explain everything to her)", ["smile"]),
      ("Я тобі вже двічі писав :)) але", ["smile"]),
      ("sure :-)", ["smile"]),
      ("шкода((", ["frown"]),
      ("oh no :(", ["frown"]),
      ("see you ;)", ["wink"]),
      ("ha :D", ["laugh"]),
      ("Дякую 👍🏽", ["1F44D"]),
      ("Вітаю 🎉🎉", ["1F389", "1F389"]),
      ("Київ (столиця) і Львів", []),
      ("at 10:30, note: (a) and (b)", []),
      ("© 2024 #1", []),
    ] as [(String, [String])])
  func keys(text: String, keys: [String]) {
    #expect(EmoticonAnchor.extract(from: text).map(\.key) == keys)
  }

  @Test func rangesPointAtTheEmoticon() {
    let text = "Дякую :)) 👍"
    let scalars = Array(text.unicodeScalars)
    let ranges = EmoticonAnchor.extract(from: text).map(\.range)
    #expect(ranges.map { String(String.UnicodeScalarView(scalars[$0])) } == [":))", "👍"])
  }
}
