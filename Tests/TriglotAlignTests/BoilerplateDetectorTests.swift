import Testing
import TriglotAlign

@Suite("Boilerplate detector")
struct BoilerplateDetectorTests {
  let detector = BoilerplateDetector()

  @Test(arguments: [
    ("ua en ru", BoilerplateKind.navigation),
    ("УКР ENG РУС", .navigation),
    ("UA | EN | RU", .navigation),
    ("Фото: Віталій Носач, РБК-Україна", .caption),
    ("Міністр під час виступу у Верховній Раді (фото: Віталій Носач, РБК-Україна)", .caption),
    ("Grain loading at the port (photo: Getty Images)", .caption),
    ("Рада ухвалила бюджет Засідання Верховної Ради (Фото: пресслужба ВРУ).", .caption),
    ("Читайте також: Гроші на армію і зарплати вчителям", .readAlso),
    ("Читайте также: Правительство обновило перечень объектов", .readAlso),
    ("Read also: Drones hit port infrastructure in Izmail", .readAlso),
    ("Автор: Ірина Бондаренко", .byline),
    ("By Olena Tkach", .byline),
    ("Поділитися", .share),
    ("Share", .share),
    ("Поделиться", .share),
    ("Більше новин – у нашому Telegram-каналі", .promo),
    ("Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости", .promo),
    ("Follow us on Telegram", .promo),
    ("Follow RBC-Ukraine on Telegram", .promo),
    ("Теги: бюджет, Верховна Рада", .tags),
    ("For more details on the talks and the delegation, read the article by RBC-Ukraine.", .readAlso),
    ("Детальніше про переговори читайте в матеріалі РБК-Україна.", .readAlso),
    ("Подробнее о переговорах читайте в материале РБК-Украина.", .readAlso),
  ])
  func recognizes(text: String, kind: BoilerplateKind) {
    #expect(detector.kind(of: text) == kind)
  }

  @Test(arguments: [
    "Про результати голосування повідомив депутат Ярослав Железняк у своєму Telegram-каналі.",
    "Рада ухвалила держбюджет-2026: на оборону спрямують 2,81 трлн грн",
    "Share prices of Ukrainian Eurobonds rose by 3% after the announcement.",
    "Фотограф Віталій Носач отримав премію за репортаж з фронту.",
    "What is known about the victims",
    "Детальніше про це розповів міністр оборони на брифінгу в Києві.",
    "More details of the plan will be presented by the government on Friday.",
    "The ministry said (in a statement on Monday) that exports grew.",
    "",
  ])
  func leavesArticleTextAlone(text: String) {
    #expect(detector.kind(of: text) == nil)
  }
}
