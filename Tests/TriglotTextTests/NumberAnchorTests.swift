import Testing
import TriglotText

@Suite("Number anchors")
struct NumberAnchorTests {
  /// The same value written the ways the three editions write it.
  @Test(arguments: [
    ("1 200 осіб", Language.uk, ["1200"]),
    ("1\u{00A0}200 осіб", .uk, ["1200"]),
    ("1,200 people", .en, ["1200"]),
    ("1.2 thousand people", .en, ["1200"]),
    ("1,2 тис. осіб", .uk, ["1200"]),
    ("1,2 тыс. человек", .ru, ["1200"]),
    ("1,5 млрд грн", .uk, ["1500000000"]),
    ("UAH 1.5 billion", .en, ["1500000000"]),
    ("1,5 миллиарда рублей", .ru, ["1500000000"]),
    ("2,81 трлн грн", .uk, ["2810000000000"]),
    ("5 млн дронів", .uk, ["5000000"]),
    ("5 million drones", .en, ["5000000"]),
    ("45,3 млрд доларів", .uk, ["45300000000"]),
    ("$45.3bn", .en, ["45300000000"]),
    ("1,200,000 tonnes", .en, ["1200000"]),
    ("12 000 000 тонн", .ru, ["12000000"]),
    ("1,5", .uk, ["1.5"]),
    ("1.5", .en, ["1.5"]),
    ("1,50", .ru, ["1.5"]),
    ("four people", .en, ["4"]),
    ("четверо загиблих", .uk, ["4"]),
    ("п’ять ракет", .uk, ["5"]),
    ("пять ракет", .ru, ["5"]),
    ("п'ять тисяч", .uk, ["5000"]),
  ])
  func sameValue(text: String, language: Language, keys: [String]) {
    #expect(NumberAnchor.extract(from: text, language: language).map(\.key) == keys)
  }

  /// The numbers with a second reading: a Ukrainian or Russian comma before three digits (a
  /// decimal comma or a thousands group), a decade; and those without one.
  @Test(
    arguments: [
      ("25,000 зрителей", Language.ru, "25", "25000"),
      ("1,250 км", .uk, "1.25", "1250"),
      ("1,200 млн грн", .uk, "1200000", "1200000000"),
      ("in the 1980s", .en, "1980", "80"),
      ("1,25 км", .uk, "1.25", nil),
      ("25,000 spectators", .en, "25000", nil),
      ("in the 2000s", .en, "2000", nil),
      ("1,250,000 тонн", .ru, "1250000", nil),
      ("call 555-1234", .en, "555", "5551234"),
      ("300-1200 гривень", .uk, "300", "3001200"),
      ("1990-1995", .en, "1990", nil),
      ("20-30%", .en, "20", nil),
    ] as [(String, Language, String, String?)])
  func alternativeReadings(text: String, language: Language, key: String, alternative: String?) {
    let number = NumberAnchor.extract(from: text, language: language).first
    #expect(number?.key == key)
    #expect(number?.alternativeKey == alternative)
  }

  /// Phone numbers read as their digits run together, however they are grouped; thousands
  /// groups, dates, year spans and scores are not phone numbers.
  @Test(
    arguments: [
      ("555 12 34", ["5551234"]),
      ("555-12-34", ["5551234"]),
      ("044 123-45-67", ["441234567"]),
      ("8 050 123 45 67", ["80501234567"]),
      ("1 250 000 тонн", ["1250000"]),
      ("05-03-2020", ["5", "3", "2020"]),
      ("рахунок 3 2 1", ["3", "2", "1"]),
      ("розміри 38 40 42 44", ["38", "40", "42", "44"]),
      ("12 34 56%", ["12", "34", "56"]),
    ] as [(String, [String])])
  func phoneNumbers(text: String, keys: [String]) {
    #expect(NumberAnchor.extract(from: text, language: .uk).flatMap(\.keys) == keys)
  }

  /// An hour in words before the part of the day is a time; a bare "million" is one million,
  /// in words (it answers digits but asks for none).
  @Test func hoursAndMillionsInWords() {
    let evening = NumberAnchor.extract(from: "з п'ятої вечора", language: .uk)
    #expect(evening.map(\.key) == ["17:00"])
    #expect(evening.map(\.kind) == [.time])
    #expect(NumberAnchor.extract(from: "в пять утра", language: .ru).map(\.key) == ["5:00"])
    #expect(
      NumberAnchor.extract(from: "три вечера подряд", language: .ru).map(\.kind) == [.word],
      "three evenings")
    let million = NumberAnchor.extract(from: "на мільйон жителів", language: .uk)
    #expect(million.map(\.key) == ["1000000"])
    #expect(million.map(\.kind) == [.word])
    #expect(NumberAnchor.extract(from: "мільйони людей", language: .uk).isEmpty)
    #expect(NumberAnchor.extract(from: "1 мільйон", language: .uk).map(\.key) == ["1000000"])
  }

  /// A multiplier's compound adjective multiplies: a 20-мільйонний кредит is 20 million.
  @Test func compoundMultiplierAdjectives() {
    #expect(
      NumberAnchor.extract(from: "20-мільйонний кредит", language: .uk).map(\.key) == ["20000000"])
    #expect(
      NumberAnchor.extract(from: "3-миллиардного контракта", language: .ru).map(\.key) == [
        "3000000000"
      ])
    #expect(NumberAnchor.extract(from: "25-го липня", language: .uk).map(\.kind) == [.ordinal])
  }

  @Test(arguments: [
    ("30%", Language.en, NumberAnchor.Kind.percent, "30"),
    ("30 %", .uk, .percent, "30"),
    ("18,4%", .uk, .percent, "18.4"),
    ("18.4 percent", .en, .percent, "18.4"),
    ("30 відсотків", .uk, .percent, "30"),
    ("30 процентов", .ru, .percent, "30"),
    ("у 2024 році", .uk, .year, "2024"),
    ("in 2024", .en, .year, "2024"),
    ("25-го", .uk, .ordinal, "25"),
    ("21st", .en, .ordinal, "21"),
    ("257 депутатів", .uk, .cardinal, "257"),
    ("о 19:00", .uk, .time, "19:00"),
    ("at 7 pm", .en, .time, "19:00"),
    ("at 7 p.m.", .en, .time, "19:00"),
    ("at 3.15pm", .en, .time, "15:15"),
    ("9 a.m.", .en, .time, "9:00"),
    ("12 am", .en, .time, "0:00"),
    ("12:30 PM", .en, .time, "12:30"),
    ("в 08:05", .ru, .time, "8:05"),
    ("3.15 million", .en, .cardinal, "3150000"),
    ("won 2:1", .en, .cardinal, "2"),
    ("о 7 вечора", .uk, .time, "19:00"),
    ("в 6 утра", .ru, .time, "6:00"),
    ("£2.4m", .en, .cardinal, "2400000"),
    ("$1.7bn", .en, .cardinal, "1700000000"),
    ("a 75m tower", .en, .cardinal, "75"),
    ("тысяч 100", .ru, .cardinal, "100000"),
  ])
  func kinds(text: String, language: Language, kind: NumberAnchor.Kind, key: String) throws {
    let anchor = try #require(NumberAnchor.extract(from: text, language: language).first)
    #expect(anchor.kind == kind)
    #expect(anchor.key == key)
  }

  @Test func rangesKeepBothBounds() throws {
    let english = try #require(NumberAnchor.extract(from: "March 1-3", language: .en).first)
    #expect(english.keys == ["1", "3"])
    let ukrainian = try #require(NumberAnchor.extract(from: "20–30% опитаних", language: .uk).first)
    #expect(ukrainian.keys == ["20", "30"])
    #expect(ukrainian.kind == .percent)
    let amounts = try #require(NumberAnchor.extract(from: "1,5–2 млрд", language: .uk).first)
    #expect(amounts.keys == ["1500000000", "2000000000"])
  }

  @Test func textAndRangePointAtTheNumber() throws {
    let text = "Дефіцит — 1,85 трлн грн, або 18,4%."
    let anchors = NumberAnchor.extract(from: text, language: .uk)
    #expect(anchors.map(\.text) == ["1,85 трлн", "18,4%"])
    let scalars = Array(text.unicodeScalars)
    for anchor in anchors {
      #expect(String(String.UnicodeScalarView(scalars[anchor.range])) == anchor.text)
    }
  }

  @Test func differentValuesStayDifferent() {
    let uk = NumberAnchor.extract(from: "пошкоджено 256 квартир", language: .uk).map(\.key)
    let ru = NumberAnchor.extract(from: "повреждено 265 квартир", language: .ru).map(\.key)
    #expect(uk != ru)
  }
}
