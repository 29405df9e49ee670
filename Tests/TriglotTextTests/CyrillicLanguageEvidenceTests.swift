import Testing
import TriglotText

@Suite("Cyrillic language evidence")
struct CyrillicLanguageEvidenceTests {
  /// Ukrainian unless the text shows Russian: the names and their Russian counterparts.
  @Test(arguments: [
    ("Гончаренко", Language.uk), ("Ганна", .uk), ("Богдан", .uk), ("Григорович", .uk),
    ("Андрей", .uk), ("Нью-Йорк", .uk), ("Київ", .uk), ("Мар’яна", .uk),
    ("Юлия", .ru), ("Наталья", .ru), ("Подъезд", .ru), ("Чайковский", .ru), ("Эдуард", .ru),
    ("Артём", .ru), ("Мариинский", .ru), ("Васильев", .ru), ("Юлия Тимошенко", .ru),
    ("Юлія Тимошенко", .uk),
  ])
  func namesAreUkrainianUnlessTheyShowRussian(_ text: String, _ language: Language) {
    #expect(CyrillicLanguageEvidence(text).language == language, "\(text)")
  }

  @Test func lettersOfBothLanguagesGoToTheLarger() {
    #expect(CyrillicLanguageEvidence("Юлия Эдуардовна, Київ").language == .ru)
    #expect(CyrillicLanguageEvidence("Юлия і Київ та Їжакевич").language == .uk)
  }

  @Test func runningTextIsReadByTheIdentifier() {
    let russian = "Верховная Рада приняла закон о государственном бюджете на следующий год"
    let evidence = CyrillicLanguageEvidence(russian)
    #expect(evidence.identified == .ru)
    #expect(evidence.language == .ru)
    let ukrainian = "Верховна Рада ухвалила закон про державний бюджет на наступний рік"
    #expect(CyrillicLanguageEvidence(ukrainian).language == .uk)
  }

  @Test func aListOfNamesIsReadByItsLettersAlone() {
    let names = "Гончаренко Ганна Богдан Григорович Шевченко Коваленко Бондаренко Ткаченко Мельник"
    let evidence = CyrillicLanguageEvidence(names)
    #expect(evidence.letters >= CyrillicLanguageEvidence.minimumLettersForIdentifier)
    #expect(evidence.identified == nil)
    #expect(evidence.language == .uk)
  }

  @Test func latinTextIsUkrainianByDefault() {
    let evidence = CyrillicLanguageEvidence("Kyiv 2024")
    #expect(evidence.letters == 0)
    #expect(evidence.language == .uk)
  }
}
