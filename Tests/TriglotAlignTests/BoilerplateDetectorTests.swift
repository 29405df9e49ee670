import Testing
import TriglotTestSupport
import TriglotText

@testable import TriglotAlign

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
    (
      "For more details on the talks and the delegation, read the article by RBC-Ukraine.",
      .readAlso
    ),
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
    // Words of punctuation alone before a comma are no place of a dateline; counting them
    // crashed the dateline check (found by the audit property test).
    ". ., 12",
  ])
  func leavesArticleTextAlone(text: String) {
    #expect(detector.kind(of: text) == nil)
  }

  /// The furniture of real news sites, as pasted text gives it, in each language.
  @Test(arguments: [
    // Section menus, breadcrumbs and controls.
    ("Головна Новини Політика Економіка Війна Світ Спорт", BoilerplateKind.navigation),
    ("Головна › Війна", .navigation),
    ("Home » News » National team", .navigation),
    ("Главная » Новости » Сборная", .navigation),
    ("Вхід | Реєстрація", .navigation),
    ("About | Advertising | Contacts | RSS | News archive", .navigation),
    ("Про нас | Редакційна політика | Контакти", .navigation),
    ("Перейти до змісту", .navigation),
    ("Skip to content", .navigation),
    ("Меню", .navigation),
    ("Поиск", .navigation),
    ("Коментарі (12)", .navigation),
    ("Comments (3)", .navigation),
    // Datelines and bylines.
    ("Харків, 17 вересня 2025, 10:24 Оновлено: 12:05 3 хв читання", .byline),
    ("Kharkiv, September 17, 2025, 10:24 Updated: 12:05 3 min read", .byline),
    ("Харьков, 17 сентября 2025, 10:24 Обновлено: 12:05 3 мин чтения", .byline),
    ("10.10.2025 23:41 | Переглядів: 4127", .byline),
    ("17 вересня 2025, 10:24", .byline),
    ("Сегодня, 09:15", .byline),
    ("Author: Oksana Levchuk Editor: Andrii Hnatiuk Translated by: Iryna Marchenko", .byline),
    ("Перевод: Ирина Марченко", .byline),
    ("Джерело: Укрінформ", .byline),
    ("Source: Reuters", .byline),
    // Read also, related and most-read labels.
    ("Читайте також", .readAlso),
    ("Найпопулярніше", .readAlso),
    ("Most read", .readAlso),
    ("Самое популярное", .readAlso),
    ("Вас може зацікавити: Як отримати компенсацію за житло", .readAlso),
    // Follow us, Google News, subscription calls.
    ("Читайте РБК-Україна в Google News", .promo),
    ("Read RBC-Ukraine on Google News", .promo),
    ("Читайте РБК-Украина в Google News", .promo),
    ("Ми в соцмережах: Telegram Facebook X YouTube", .promo),
    ("Мы в соцсетях: Telegram Facebook X YouTube", .promo),
    ("Follow us: Telegram Facebook X YouTube", .promo),
    ("Підпишіться на нашу розсилку", .promo),
    ("Subscribe to our newsletter", .promo),
    ("Підписатися", .navigation),
    // Share buttons.
    ("Поділитися: Facebook Telegram X", .share),
    ("Копіювати посилання", .share),
    ("Copy link", .share),
    ("Копировать ссылку", .share),
    ("Share on Facebook", .share),
    // Photo and source credits.
    ("Фото ілюстративне", .caption),
    ("Фото з відкритих джерел", .caption),
    ("Скриншот: Telegram-канал ДСНС", .caption),
    ("Photo source: Getty Images", .caption),
    ("Коллаж: РБК-Украина", .caption),
    // Tags.
    ("Теми: Харків, обстріли", .tags),
    ("Topics: Kharkiv, shelling", .tags),
    ("Темы: Харьков, обстрелы", .tags),
    // Cookie, rights and advertising notices, comment prompts.
    ("Сайт використовує файли cookie. Залишаючись тут, ви погоджуєтеся з цим. Гаразд", .notice),
    ("This site uses cookies. By staying here you accept this. OK", .notice),
    ("Мы используем файлы cookie, чтобы сайт работал быстрее.", .notice),
    ("© 2008–2025 Обрій. Усі права захищено.", .notice),
    ("Football Week. All rights reserved. Materials may be republished with a link.", .notice),
    ("Материалы с пометкой «Реклама» публикуются на правах рекламы.", .notice),
    ("Щоб залишити коментар, увійдіть на сайт.", .notice),
  ])
  func recognizesSiteFurniture(text: String, kind: BoilerplateKind) {
    #expect(detector.kind(of: text) == kind)
  }

  @Test(arguments: [
    "Спорт",
    "Політика",
    "Що відомо про постраждалих",
    "Читайте далі, що сказав міністр, у нашому наступному випуску новин про бюджет і податки.",
    "Ми в Києві вже третій рік поспіль проводимо цей фестиваль, і він росте.",
    "Вересень видався найтеплішим за 30 років, повідомили синоптики Укргідрометцентру.",
    "The company uses cookies and biscuits from local bakeries in its new recipe, it said.",
    "Four people were killed, and our correspondent on the scene spoke to rescuers on Telegram.",
  ])
  func leavesArticleTextThatLooksLikeFurnitureAlone(text: String) {
    #expect(detector.kind(of: text) == nil)
  }

  /// No article paragraph of the Corpora (gold.json's non-boilerplate) reads as furniture, on
  /// its own or among its neighbours.
  @Test func noCorporaArticleParagraphIsFurniture() {
    for article in CorporaArticle.all {
      for edition in article.editions {
        let kinds = detector.kinds(of: edition.paragraphs.map(\.text))
        let boilerplate = article.boilerplate(edition.language)
        for (index, kind) in kinds.enumerated() where !boilerplate.contains(index) {
          #expect(kind == nil, "\(edition.source) ¶\(index): \(edition.paragraphs[index].text)")
        }
      }
    }
  }

  @Test func menusPastedOneEntryPerLineAreNavigation() {
    let lines = [
      "Головна", "Новини", "Війна", "Політика", "Ракетний удар по Харкову", "Спорт",
      "Текст статті про спорт, досить довгий, щоб бути абзацом.",
    ]
    #expect(
      detector.kinds(of: lines) == [
        .navigation, .navigation, .navigation, .navigation, nil, nil, nil,
      ])
  }

  @Test func headlinesUnderARelatedLabelAreLinksWhenTheBlockEndsThePage() {
    let closing = [
      "Останній абзац статті, який закінчується крапкою.", "Читайте також",
      "У Харкові відкрили ще два пункти незламності 09:40",
      "Як отримати компенсацію за пошкоджене житло: інструкція", "Найпопулярніше",
      "Ціни на пальне: скільки коштує бензин сьогодні?",
    ]
    #expect(
      detector.kinds(of: closing) == [
        nil, .readAlso, .readAlso, .readAlso, .readAlso, .readAlso,
      ])
    let inline = [
      "Читайте також", "Як діяти під час ракетної тривоги вночі",
      "Що відомо про постраждалих", "Станом на 09:00 у лікарнях залишаються 29 поранених.",
    ]
    #expect(detector.kinds(of: inline) == [.readAlso, .readAlso, nil, nil])
  }

  @Test func tagsUnderATagLabelAreTags() {
    let lines = ["Теги:", "Харків", "ракетний удар", "ДСНС", "Поділитися"]
    #expect(detector.kinds(of: lines) == [.tags, .tags, .tags, .tags, .share])
  }

  @Test func aDeclaredCaptionIsACaption() {
    #expect(detector.kind(of: "Рятувальники на місці влучання", declared: .caption) == .caption)
    #expect(detector.kind(of: "Рятувальники на місці влучання", declared: .body) == nil)
  }

  @Test func everyTableHasItsLanguage() {
    #expect(BoilerplatePhrases.all.map(\.language) == [.uk, .en, .ru, nil])
    for table in BoilerplatePhrases.all {
      for entry in table.menuEntries + table.relatedLabels + table.interfaceLabels {
        #expect(entry == entry.lowercased() && !entry.contains("’"), "\(entry)")
      }
    }
  }
}
