import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("Coverage")
struct CoverageTests {
  static let context = AuditFixture.context([
    [.uk: .init("UA | EN | RU", boilerplate: true)],
    [
      .uk: "Рада ухвалила бюджет на 2026 рік.", .en: "The Rada passed the 2026 budget.",
      .ru: "Рада приняла бюджет на 2026 год.",
    ],
    [
      .uk: "Ігор Терехов додав, що відкрили штаб.", .ru: "Игорь Терехов добавил, что открыли штаб.",
    ],
    [
      .uk: "Депутати проголосували 257 голосами.", .en: "MPs voted with 257 votes.",
      .ru: "Депутаты проголосовали 257 голосами.",
    ],
  ])

  @Test func measuresParagraphsAndCharactersOfTheSource() throws {
    let coverage = Coverage(Self.context, source: .uk)
    #expect(coverage.source == .uk)
    let english = try #require(coverage.editions[.en])
    #expect(english.paragraphs == 2.0 / 3.0)
    #expect(english.characters > 0.5 && english.characters < 0.8)
    #expect(coverage.editions[.ru] == Coverage.Share(paragraphs: 1, characters: 1))
    #expect(coverage.editions[.uk] == nil)
  }

  @Test func aChosenSourceIsMeasuredAgainst() {
    let coverage = Coverage(Self.context, source: .en)
    #expect(coverage.source == .en)
    #expect(coverage.editions[.uk]?.paragraphs == 1)
    #expect(coverage.minimum == 1)
  }

  @Test func defaultSourceIsNeverAnEditionThatLacksAParagraph() {
    // English lacks the Terekhov paragraph, so it cannot be the yardstick even though English
    // sentences run longer than Ukrainian ones.
    #expect(Coverage.defaultSource(Self.context) != .en)
    #expect(Coverage(Self.context).editions[.en]?.paragraphs == 2.0 / 3.0)
  }

  @Test func defaultSourceIsTheEditionWithArticleTextInTheMostGroups() {
    let context = AuditFixture.context([
      [.uk: "Рада ухвалила бюджет.", .en: "The Rada passed the budget.", .ru: "Рада приняла бюджет."],
      [.en: "The Verkhovna Rada is Ukraine's single-chamber parliament of 450 seats."],
    ])
    #expect(Coverage.defaultSource(context) == .en)
  }

  @Test func equalGroupCountsGoToTheLongerEditionByContent() {
    let context = AuditFixture.context([
      [
        .uk: "Коротко.",
        .ru: "Здесь абзац заметно длиннее, чем в украинском издании, потому что он полный.",
      ]
    ])
    #expect(Coverage.defaultSource(context) == .ru)
  }
}
