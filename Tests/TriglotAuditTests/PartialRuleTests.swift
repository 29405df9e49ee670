import Testing
import TriglotTestSupport
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("partial rule")
struct PartialRuleTests {
  static let fullUK =
    "Зростає і виробництво далекобійних безпілотників. У 2024 році Україна виготовила понад 6 тис. дронів, здатних уражати цілі на відстані понад 1 000 км. Цьогоріч міністерство розраховує збільшити цей показник до 30 тис. одиниць."
  static let fullEN =
    "The production of long-range drones is also growing. In 2024, Ukraine made more than 6,000 drones able to hit targets over 1,000 km away. This year the ministry expects to raise the figure to 30,000 units."
  static let fullRU =
    "Растет и производство дальнобойных беспилотников. В 2024 году Украина изготовила более 6 тыс. дронов, способных поражать цели на расстоянии свыше 1 000 км. В этом году министерство рассчитывает увеличить этот показатель до 30 тыс. единиц."

  struct Case: Sendable, CustomTestStringConvertible {
    var uk: String
    var en: String
    var ru: String
    var edition: Language?
    var testDescription: String { edition.map { "\($0.rawValue) partial" } ?? "complete" }
  }

  static let cases: [Case] = [
    Case(uk: fullUK, en: fullEN, ru: fullRU, edition: nil),
    Case(
      uk: fullUK, en: "The production of long-range drones is also growing.", ru: fullRU,
      edition: .en),
    Case(
      uk: "Зростає і виробництво далекобійних безпілотників.", en: fullEN, ru: fullRU, edition: .uk),
    Case(
      uk: fullUK, en: fullEN, ru: "Растет и производство дальнобойных беспилотников.", edition: .ru),
    // Headings are too short to judge.
    Case(
      uk: "Що відомо про постраждалих", en: "Victims", ru: "Что известно о пострадавших",
      edition: nil),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) {
    let findings = AuditFixture.findings(
      PartialRule(),
      [
        .uk: .init(stringLiteral: example.uk), .en: .init(stringLiteral: example.en),
        .ru: .init(stringLiteral: example.ru),
      ])
    #expect(findings.map(\.edition) == (example.edition.map { [$0] } ?? []))
    #expect(findings.allSatisfy { $0.severity == .warning })
  }

  /// The sentence alignment of the group tells which sentences the short edition lacks.
  @Test func thePartialFindingNamesTheUntranslatedSentences() throws {
    let findings = AuditFixture.findings(
      PartialRule(),
      [
        .uk: .init(stringLiteral: Self.fullUK),
        .en: "The production of long-range drones is also growing.",
        .ru: .init(stringLiteral: Self.fullRU),
      ])
    let finding = try #require(findings.first)
    #expect(
      finding.sentences[.uk] == [
        "У 2024 році Україна виготовила понад 6 тис. дронів, здатних уражати цілі на відстані "
          + "понад 1 000 км.",
        "Цьогоріч міністерство розраховує збільшити цей показник до 30 тис. одиниць.",
      ])
    #expect(finding.sentences[.ru]?.count == 2)
    #expect(finding.sentences[.en] == nil)
    #expect(
      finding.message.hasSuffix(
        "; it lacks the Ukrainian sentence “У 2024 році Україна виготовила понад 6 тис. дронів,"
          + " здатних…” and 1 more"))
  }

  @Test func aFirstSentenceLeftAsItsOwnGroupIsPartialNotMissing() {
    let context = AuditFixture.context([
      [.en: "The production of long-range drones is also growing."],
      [.uk: .init(stringLiteral: Self.fullUK), .ru: .init(stringLiteral: Self.fullRU)],
    ])
    let findings = Auditor().findings(in: context)
    #expect(findings.map(\.rule) == [.partial])
    #expect(findings.first?.paragraphs == [.uk: [0], .en: [0], .ru: [0]])
  }

  @Test func thresholdsCoverEveryCleanPairOfTheCorpora() {
    let model = LengthRatioModel.standard
    for article in CorporaArticle.all where article.clean {
      let context = article.goldContext()
      for group in context.alignment.groups.indices {
        for a in context.languages {
          for b in context.languages where a < b {
            let la = context.articleLength(a, inGroup: group)
            let lb = context.articleLength(b, inGroup: group)
            guard la > 0, lb > 0 else { continue }
            let deviation = abs(model.deviation(from: a, length: la, to: b, length: lb))
            #expect(deviation < model.tolerance / 2, "\(article.slug) group \(group) \(a)-\(b)")
          }
        }
      }
    }
  }
}
