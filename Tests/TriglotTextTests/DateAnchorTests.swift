import Testing
import TriglotText

@Suite("Date anchors")
struct DateAnchorTests {
  struct Expected: Sendable, CustomStringConvertible {
    var text: String
    var month: Int
    var day: Int?
    var year: Int?
    var description: String { text }
  }

  @Test(arguments: [
    Expected(text: "on July 25", month: 7, day: 25),
    Expected(text: "25 липня", month: 7, day: 25),
    Expected(text: "25-го липня", month: 7, day: 25),
    Expected(text: "25 июля", month: 7, day: 25),
    Expected(text: "July 25, 2024", month: 7, day: 25, year: 2024),
    Expected(text: "25 липня 2024 року", month: 7, day: 25, year: 2024),
    Expected(text: "25 июля 2024 года", month: 7, day: 25, year: 2024),
    Expected(text: "у липні", month: 7),
    Expected(text: "в июле 2024 года", month: 7, year: 2024),
    Expected(text: "in July 2024", month: 7, year: 2024),
    Expected(text: "липень був спекотним", month: 7),
    Expected(text: "з 3 грудня", month: 12, day: 3),
    Expected(text: "3 декабря", month: 12, day: 3),
    Expected(text: "on December 3", month: 12, day: 3),
    Expected(text: "in May 2025", month: 5, year: 2025),
    Expected(text: "Sept. 17", month: 9, day: 17),
    Expected(text: "the 4th of July", month: 7, day: 4),
    Expected(text: "4 листоп.", month: 11, day: 4),
    Expected(text: "4 нояб.", month: 11, day: 4),
    Expected(text: "17 сент. 2024", month: 9, day: 17, year: 2024),
    Expected(text: "наприкінці листопада", month: 11),
    Expected(text: "в ноябре", month: 11),
    Expected(text: "у травні", month: 5),
    Expected(text: "в мае", month: 5),
    Expected(text: "к апрелю", month: 4),
    Expected(text: "до травню", month: 5),
    Expected(text: "since May", month: 5),
    Expected(text: "by early May", month: 5),
    Expected(text: "April's figures", month: 4),
    Expected(text: "березневий номер", month: 3),
    Expected(text: "мартовского номера", month: 3),
    Expected(text: "в июне 25-го года", month: 6),
    Expected(text: "05.03.2020", month: 3, day: 5, year: 2020),
    Expected(text: "4. 4. 2022 року", month: 4, day: 4, year: 2022),
    Expected(text: "on 05/23/2020", month: 5, day: 23, year: 2020),
    Expected(text: "In May, prices rose", month: 5),
  ])
  func parses(expected: Expected) throws {
    let anchor = try #require(DateAnchor.extract(from: expected.text).first)
    #expect(anchor.month == expected.month)
    #expect(anchor.day == expected.day)
    #expect(anchor.year == expected.year)
  }

  @Test func sameDateSameKeyInThreeLanguages() {
    let keys = ["Overnight on September 17", "У ніч на 17 вересня", "В ночь на 17 сентября"].map {
      DateAnchor.extract(from: $0).map(\.key)
    }
    #expect(keys == [["9-17"], ["9-17"], ["9-17"]])
    let english = DateAnchor.extract(from: "July 25").map(\.key)
    #expect(english != DateAnchor.extract(from: "26 липня").map(\.key))
  }

  @Test func dayRangesGiveOneAnchorPerBound() {
    #expect(DateAnchor.extract(from: "March 1-3").map(\.key) == ["3-1", "3-3"])
    #expect(DateAnchor.extract(from: "1–3 березня").map(\.key) == ["3-1", "3-3"])
  }

  @Test(arguments: [
    "you may say", "they march on", "May the best team win", "the Mar-a-Lago", "So May I ask",
    "Theresa May said",
    "майстерня", "березняк",
  ])
  func ignoresWordsThatOnlyLookLikeMonths(text: String) {
    #expect(DateAnchor.extract(from: text).isEmpty)
  }
}
