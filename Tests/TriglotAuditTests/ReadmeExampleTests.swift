import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

/// The library example of README.md, kept compiling and true.
@Suite("README library example")
struct ReadmeExampleTests {
  @Test func theExampleRunsAndSaysWhatTheReadmeSays() throws {
    let result = try TextNormalizer(mode: .display).normalize("Харкiв")
    #expect(result.text == "Харків" && result.repairs.count == 1)
    #expect(LanguageIdentifier().identify("Верховная Рада приняла бюджет.").language == .ru)
    let sentences = try SentenceSplitter(language: .uk)
      .sentences(in: "Ю. Тимошенко заявила це. Друге речення.")
    #expect(sentences.count == 2)
    let standard = try #require(TransliterationStandard.defaultStandard(for: .uk))
    #expect(try Transliterator(standard).transliterate("Згурський") == "Zghurskyi")
    #expect(NameKey.matches("Будановим", "Kyrylo Budanov"))
    if HunspellStemmer.shared.isAvailable(.uk) { #expect(NameKey.matches("Відні", "Відень")) }
    #expect(ReverseTransliterator.candidates(for: "Zelenskyy", language: .uk).first?.text
      == "Зеленський")
    let anchors = ParagraphAnchors(text: "1,2 тис. гривень 25 липня", language: .uk)
    #expect(anchors.numbers.map(\.value).contains(1200))
    #expect(anchors.dates.count == 1)

    let uk = "Рада ухвалила бюджет 3 грудня.\n\nЗа проголосували 257 депутатів."
    let en = "The Rada passed the budget on December 3.\n\nIt was backed by 275 MPs."
    let editions = [
      Edition(language: .uk, source: "uk.txt", text: uk),
      Edition(language: .en, source: "en.txt", text: en),
    ]
    let context = try AuditContext(editions: editions)
    let audit = ArticleAudit(context: context)
    #expect(context.alignment.groups.count == 2)
    #expect(audit.findings.map(\.rule) == [.numberMismatch])
    #expect(audit.coverage.minimum == 1)
  }
}
