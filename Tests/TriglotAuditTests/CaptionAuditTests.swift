import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

/// Captions the editions share are linked, checked for numbers, dates and names like article
/// text, and kept out of coverage and omissions.
@Suite("captions in the audit")
struct CaptionAuditTests {
  static let paragraphs: [Language: [String]] = [
    .uk: [
      "Мер Ігор Терехов 17 вересня повідомив про 256 пошкоджених квартир і 37 автомобілів.",
      "Рятувальники працювали на місці всю ніч, розбираючи завали будинку.",
      "Прокуратура відкрила провадження за статтею про воєнні злочини.",
    ],
    .en: [
      "Mayor Ihor Terekhov reported on September 17 that 256 apartments and 37 cars were damaged.",
      "Rescuers worked at the site all night, clearing the rubble of the building.",
      "Prosecutors opened proceedings under the article on war crimes.",
    ],
    .ru: [
      "Мэр Игорь Терехов 17 сентября сообщил о 256 поврежденных квартирах и 37 автомобилях.",
      "Спасатели работали на месте всю ночь, разбирая завалы дома.",
      "Прокуратура открыла производство по статье о военных преступлениях.",
    ],
  ]

  static func editions(captions: [Language: String]) -> [Edition] {
    Language.editions.map { language in
      var texts = paragraphs[language]!
      if let caption = captions[language] { texts.insert(caption, at: 1) }
      return Edition(
        language: language, source: "\(language.rawValue).txt",
        text: texts.joined(separator: "\n\n"))
    }
  }

  @Test func aChangedDateInACaptionIsFound() throws {
    let context = try AuditContext(
      editions: Self.editions(captions: [
        .uk: "Фото: Олег Петрасюк, 12 вересня", .en: "Photo: Oleh Petrasiuk, September 12",
        .ru: "Фото: Олег Петрасюк, 13 сентября",
      ]))
    let caption = try #require(context.alignment.groups.firstIndex { $0.isCaption })
    let audit = ArticleAudit(context: context)
    let dates = audit.findings.filter { $0.rule == .dateMismatch }
    #expect(dates.map(\.group) == [caption])
    #expect(dates.first?.edition == .ru)
    #expect(audit.coverage.minimum == 1, "a caption is not article text")
  }

  @Test func aCaptionOnlyOneEditionHasIsNotAnOmission() throws {
    let context = try AuditContext(
      editions: Self.editions(captions: [.en: "Photo: Oleh Petrasiuk, September 12"]))
    #expect(context.alignment.groups.allSatisfy { !$0.isCaption })
    let audit = ArticleAudit(context: context)
    #expect(audit.findings.isEmpty, "\(audit.findings.map(\.message))")
  }
}
