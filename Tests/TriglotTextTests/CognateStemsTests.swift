import Testing
import TriglotText

@Suite("Cognate stems")
struct CognateStemsTests {
  @Test(arguments: [
    ("робота", "работа"), ("кінець", "конец"), ("області", "области"), ("Президент", "президента"),
    ("об'єкти", "объекты"), ("ґанок", "ганок"),
  ])
  func ukrainianAndRussianFormsShareAStem(_ uk: String, _ ru: String) {
    let first = CognateStems.stems(of: uk)
    #expect(first.count == 1)
    #expect(first == CognateStems.stems(of: ru), "\(uk) / \(ru)")
  }

  @Test func shortWordsAndLatinGiveNone() {
    #expect(CognateStems.stems(of: "і в на за the work 2024").isEmpty)
  }

  @Test func aTranslationSharesMoreStemsThanAnUnrelatedParagraph() {
    let uk = "Уряд затвердив програму відновлення енергетичної інфраструктури області."
    let ru =
      "Правительство утвердило программу восстановления энергетической инфраструктуры области."
    let other = "Футбольний клуб підписав контракт із новим тренером до кінця сезону."
    func dice(_ a: String, _ b: String) -> Double {
      let x = CognateStems.stems(of: a)
      let y = CognateStems.stems(of: b)
      let shared = Set(x).intersection(y).count
      return 2 * Double(shared) / Double(x.count + y.count)
    }
    #expect(dice(uk, ru) > 0.3)
    #expect(dice(other, ru) < 0.15)
  }
}
