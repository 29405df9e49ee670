import Foundation
import TriglotAlign
import TriglotText

/// A small original three-edition news story for aligner tests, paragraph for paragraph, with
/// helpers to build the edition differences the aligner must handle.
struct SampleArticle {
  /// Paragraphs per language; `paragraphs[.uk]![i]` translates `paragraphs[.en]![i]`.
  var paragraphs: [Language: [String]]

  static let base = SampleArticle(texts: [
    .uk: """
    Уряд виділив 2,4 млрд грн на ремонт мостів у Чернігівській області

    Кабінет міністрів у вівторок, 14 травня, ухвалив постанову про фінансування відновлення 37 \
    мостів на півночі країни. Про це повідомив прем’єр-міністр Денис Шмигаль.

    За словами Шмигаля, перші 12 об’єктів мають відкрити для руху до 1 вересня. Решту відбудують \
    до кінця 2025 року.

    Голова Чернігівської обласної військової адміністрації В’ячеслав Чаус зазначив, що найбільше \
    постраждали мости через Десну та Сейм.

    Підрядників оберуть через систему Prozorro. Мінінфраструктури очікує, що вартість робіт \
    знизиться щонайменше на 15%.

    Міст у Макошиному, зруйнований у березні 2022 року, відновлять коштом Європейського \
    інвестиційного банку. Кредит становить 48 млн євро.

    Водії вже скаржаться на об’їзди: дорога з Чернігова до Ніжина через тимчасові переправи \
    займає понад 3 години замість 1,5.

    «Ми не можемо чекати ще одну зиму без нормального сполучення», – сказав мешканець Седнева \
    Олег Гриценко.

    Минулого року Україна відремонтувала 260 мостів, з них 64 – у Київській області.

    Що далі

    Наступного тижня уряд планує розглянути програму відновлення доріг у Сумській області \
    обсягом 1,1 млрд грн.
    """,
    .en: """
    Government allocates UAH 2.4 billion to repair bridges in Chernihiv region

    On Tuesday, May 14, the Cabinet of Ministers adopted a resolution to fund the restoration of \
    37 bridges in the north of the country, Prime Minister Denys Shmyhal said.

    According to Shmyhal, the first 12 structures are to reopen to traffic by September 1. The \
    rest will be rebuilt by the end of 2025.

    Head of the Chernihiv Regional Military Administration Viacheslav Chaus noted that the \
    bridges across the Desna and Seim rivers suffered the most.

    Contractors will be selected through the Prozorro system. The Infrastructure Ministry \
    expects the cost of works to fall by at least 15%.

    The bridge in Makoshyne, destroyed in March 2022, will be restored with funds from the \
    European Investment Bank. The loan amounts to EUR 48 million.

    Drivers are already complaining about detours: the trip from Chernihiv to Nizhyn via \
    temporary crossings takes more than 3 hours instead of 1.5.

    “We cannot wait another winter without proper roads,” said Oleh Hrytsenko, a resident of \
    Sedniv.

    Last year Ukraine repaired 260 bridges, 64 of them in Kyiv region.

    What comes next

    Next week the government plans to consider a UAH 1.1 billion road restoration program for \
    Sumy region.
    """,
    .ru: """
    Правительство выделило 2,4 млрд грн на ремонт мостов в Черниговской области

    Кабинет министров во вторник, 14 мая, принял постановление о финансировании восстановления \
    37 мостов на севере страны. Об этом сообщил премьер-министр Денис Шмыгаль.

    По словам Шмыгаля, первые 12 объектов должны открыть для движения до 1 сентября. Остальные \
    восстановят до конца 2025 года.

    Глава Черниговской областной военной администрации Вячеслав Чаус отметил, что больше всего \
    пострадали мосты через Десну и Сейм.

    Подрядчиков выберут через систему Prozorro. Мининфраструктуры ожидает, что стоимость работ \
    снизится как минимум на 15%.

    Мост в Макошином, разрушенный в марте 2022 года, восстановят за счет Европейского \
    инвестиционного банка. Кредит составляет 48 млн евро.

    Водители уже жалуются на объезды: дорога из Чернигова в Нежин через временные переправы \
    занимает более 3 часов вместо 1,5.

    «Мы не можем ждать еще одну зиму без нормального сообщения», – сказал житель Седнева Олег \
    Гриценко.

    В прошлом году Украина отремонтировала 260 мостов, из них 64 – в Киевской области.

    Что дальше

    На следующей неделе правительство планирует рассмотреть программу восстановления дорог в \
    Сумской области объемом 1,1 млрд грн.
    """,
  ])

  /// The story from one text per language, paragraphs separated by blank lines.
  init(texts: [Language: String]) {
    paragraphs = texts.mapValues { $0.components(separatedBy: "\n\n") }
  }

  init(paragraphs: [Language: [String]]) {
    self.paragraphs = paragraphs
  }

  /// The number of paragraphs of the untouched story.
  static var count: Int { base.paragraphs[.uk]!.count }

  /// The story without paragraph `index` in `language`.
  func omitting(_ index: Int, in language: Language) -> SampleArticle {
    var copy = self
    copy.paragraphs[language]!.remove(at: index)
    return copy
  }

  /// The story with paragraphs `index` and `index + 1` of `language` joined into one.
  func merging(_ index: Int, in language: Language) -> SampleArticle {
    var copy = self
    var list = copy.paragraphs[language]!
    list[index] += " " + list[index + 1]
    list.remove(at: index + 1)
    copy.paragraphs[language] = list
    return copy
  }

  /// The story with paragraph `index` of `language` split after its first sentence.
  func splitting(_ index: Int, in language: Language) -> SampleArticle {
    var copy = self
    var list = copy.paragraphs[language]!
    let text = list[index]
    let cut = text.range(of: ". ")!
    list[index] = String(text[..<cut.lowerBound]) + "."
    list.insert(String(text[cut.upperBound...]), at: index + 1)
    copy.paragraphs[language] = list
    return copy
  }

  /// The story without sentence `sentence` (from 0, cut at ". ") of paragraph `index` in
  /// `language`; a paragraph keeps at least one sentence.
  func droppingSentence(_ sentence: Int, of index: Int, in language: Language) -> SampleArticle {
    var copy = self
    var sentences = copy.paragraphs[language]![index].components(separatedBy: ". ")
    guard sentences.count > 1, sentences.indices.contains(sentence) else { return self }
    sentences.remove(at: sentence)
    var text = sentences.joined(separator: ". ")
    if !text.hasSuffix(".") { text += "." }
    copy.paragraphs[language]![index] = text
    return copy
  }

  /// The story with `paragraph` inserted at `index` of `language`.
  func inserting(_ paragraph: String, at index: Int, in language: Language) -> SampleArticle {
    var copy = self
    copy.paragraphs[language]!.insert(paragraph, at: index)
    return copy
  }

  /// The story with `text` replaced by `replacement` in paragraph `index` of `language`.
  func replacing(_ text: String, with replacement: String, at index: Int, in language: Language)
    -> SampleArticle
  {
    var copy = self
    copy.paragraphs[language]![index] = copy.paragraphs[language]![index]
      .replacingOccurrences(of: text, with: replacement)
    return copy
  }

  /// Editions of `languages`, paragraphs separated by blank lines.
  func editions(_ languages: [Language] = Language.editions) -> [Edition] {
    languages.map { language in
      Edition(
        language: language, source: "\(language.rawValue).txt",
        text: paragraphs[language]!.joined(separator: "\n\n"))
    }
  }

  /// The groups of `alignment` as (uk, en, ru) index lists, for compact expectations.
  static func shape(_ alignment: Alignment) -> [[[Int]]] {
    alignment.groups.map { group in Language.editions.map { group[$0] } }
  }

  /// The sample story edited by `codes`, one per paragraph of each edition (from the last
  /// paragraph back): 0 drops the paragraph, 1 merges it with the next, 2 puts boilerplate
  /// before it, 3 and 4 (with `droppingSentences`) drop its first or second sentence; other
  /// codes keep it. The random edits of the property tests.
  static func edited(by codes: [Int], droppingSentences: Bool = false) -> SampleArticle {
    var story = base
    for (slot, language) in Language.editions.enumerated() {
      for index in stride(from: count - 1, through: 0, by: -1) {
        let code = codes[slot * count + index]
        let paragraphs = story.paragraphs[language]!.count
        switch code {
        case 0 where paragraphs > 1: story = story.omitting(index, in: language)
        case 1 where index + 1 < paragraphs: story = story.merging(index, in: language)
        case 2: story = story.inserting("Читайте також: інші новини", at: index, in: language)
        case 3, 4 where droppingSentences:
          story = story.droppingSentence(code - 3, of: index, in: language)
        default: break
        }
      }
    }
    return story
  }
}

