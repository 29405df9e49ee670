import Testing
import TriglotAlign
import TriglotText

@Suite("Paragraph aligner")
struct ParagraphAlignerTests {
  let aligner = ParagraphAligner()
  let article = SampleArticle.base
  let languages = Language.editions

  /// The expected groups when nothing differs: paragraph i with paragraph i everywhere.
  func diagonal(_ count: Int = SampleArticle.count) -> [[[Int]]] {
    (0..<count).map { [[$0], [$0], [$0]] }
  }

  @Test func identicalStructureAlignsOneToOne() throws {
    let alignment = try aligner.align(article.editions())
    expectValidPartition(alignment)
    #expect(SampleArticle.shape(alignment) == diagonal())
    #expect(alignment.groups.allSatisfy { $0.confidence > 0.5 })
  }

  /// The behaviour that matters most: a paragraph one edition leaves out becomes a group
  /// without that edition, never a merge of its neighbours.
  @Test(arguments: [Language.uk, .en, .ru], [1, 3, 5, 7, 9, 10])
  func omissionBecomesAGroupWithoutThatEdition(language: Language, omitted: Int) throws {
    let alignment = try aligner.align(article.omitting(omitted, in: language).editions())
    expectValidPartition(alignment)
    var expected = diagonal()
    let slot = languages.firstIndex(of: language)!
    for row in expected.indices {
      if row == omitted {
        expected[row][slot] = []
      } else if row > omitted {
        expected[row][slot] = [row - 1]
      }
    }
    #expect(SampleArticle.shape(alignment) == expected)
  }

  @Test func twoEditionsOmitTheSameParagraphAndTheThirdStaysAlone() throws {
    let story = article.omitting(4, in: .en).omitting(4, in: .ru)
    let alignment = try aligner.align(story.editions())
    expectValidPartition(alignment)
    #expect(SampleArticle.shape(alignment)[4] == [[4], [], []])
  }

  @Test(arguments: [Language.uk, .en, .ru], [1, 4, 7])
  func mergeBecomesATwoToOneGroup(language: Language, merged: Int) throws {
    let alignment = try aligner.align(article.merging(merged, in: language).editions())
    expectValidPartition(alignment)
    let group = alignment.groups.first { $0[language] == [merged] }
    let others = languages.filter { $0 != language }
    #expect(group.map { g in others.allSatisfy { g[$0] == [merged, merged + 1] } } == true)
    #expect(alignment.groups.count == SampleArticle.count - 1)
  }

  @Test(arguments: [Language.uk, .en, .ru], [2, 4, 5])
  func splitBecomesAOneToTwoGroup(language: Language, split: Int) throws {
    let alignment = try aligner.align(article.splitting(split, in: language).editions())
    expectValidPartition(alignment)
    let group = alignment.groups.first { $0[language].count == 2 }
    #expect(group?[language] == [split, split + 1])
    #expect(
      group.map { g in languages.filter { $0 != language }.allSatisfy { g[$0] == [split] } } == true
    )
  }

  /// Everything at once: English drops two paragraphs, Russian merges two and splits another
  /// and says 38 where the others say 37, and every edition carries page furniture.
  @Test func omissionsMergesSplitsAndBoilerplateTogether() throws {
    let story =
      article
      .replacing("37 мостов", with: "38 мостов", at: 1, in: .ru)
      .omitting(8, in: .en).omitting(3, in: .en)
      .merging(4, in: .ru).splitting(2, in: .ru)
      .inserting("ua en ru", at: 0, in: .uk).inserting("ua en ru", at: 0, in: .en)
      .inserting("ua en ru", at: 0, in: .ru)
      .inserting("Read also: Ukraine repairs bridges in Kyiv region", at: 7, in: .en)
      .inserting("Більше новин – у нашому Telegram-каналі", at: 12, in: .uk)
    let alignment = try aligner.align(story.editions())
    expectValidPartition(alignment)
    let linked = alignment.groups.filter { !$0.isBoilerplate }.map { group in
      Language.editions.map { group[$0] }
    }
    #expect(
      linked == [
        [[1], [1], [1]], [[2], [2], [2]], [[3], [3], [3, 4]], [[4], [], [5]],
        [[5, 6], [4, 5], [6]], [[7], [6], [7]], [[8], [8], [8]], [[9], [], [9]],
        [[10], [9], [10]], [[11], [10], [11]],
      ])
    #expect(alignment.groups.filter(\.isBoilerplate).count == 5)
  }

  @Test func changedNumberIsStillAligned() throws {
    let story = article.replacing("37 мостов", with: "38 мостов", at: 1, in: .ru)
      .replacing("260", with: "206", at: 8, in: .en)
    let alignment = try aligner.align(story.editions())
    #expect(SampleArticle.shape(alignment) == diagonal())
  }

  @Test func changedDateIsStillAligned() throws {
    let story = article.replacing("May 14", with: "May 15", at: 1, in: .en)
    #expect(SampleArticle.shape(try aligner.align(story.editions())) == diagonal())
  }

  @Test func boilerplateIsKeptOutOfArticleGroups() throws {
    let story =
      article
      .inserting("ua en ru", at: 0, in: .uk).inserting("UA | EN | RU", at: 0, in: .en)
      .inserting("УКР ENG РУС", at: 0, in: .ru)
      .inserting("Читайте також: Як відбудовують мости на Київщині", at: 5, in: .uk)
      .inserting("Bridge over the Desna river (photo: Ukravtodor)", at: 2, in: .en)
      .inserting("Подписывайтесь на наш Telegram-канал", at: 12, in: .ru)
    let alignment = try aligner.align(story.editions())
    expectValidPartition(alignment)
    let boilerplate = alignment.groups.filter(\.isBoilerplate)
    #expect(boilerplate.count == 6)
    #expect(boilerplate.allSatisfy { $0.languages.count == 1 })
    let info = alignment.paragraphInfo
    #expect(info[.uk]?[5].boilerplate == .readAlso)
    #expect(info[.en]?[2].boilerplate == .caption)
    #expect(info[.ru]?[12].boilerplate == .promo)
    #expect(info[.uk]?[0].boilerplate == .navigation)
    let article = alignment.groups.filter { !$0.isBoilerplate }
    #expect(article.count == SampleArticle.count)
    #expect(article.allSatisfy { $0.languages.count == 3 })
  }

  @Test func captionsOfTheEditionsAreLinked() throws {
    let story =
      article
      .inserting("Фото: Олег Петрасюк / Reuters, 12 вересня", at: 3, in: .uk)
      .inserting("Photo: Oleh Petrasiuk / Reuters, September 12", at: 3, in: .en)
      .inserting("Фото: Олег Петрасюк / Reuters, 12 сентября", at: 3, in: .ru)
    let alignment = try aligner.align(story.editions())
    expectValidPartition(alignment)
    let captions = alignment.groups.filter(\.isCaption)
    #expect(captions.count == 1)
    #expect(captions.first?.paragraphs == [.uk: [3], .en: [3], .ru: [3]])
    #expect(captions.first?.isBoilerplate == true)
    #expect(alignment.groups.filter { !$0.isBoilerplate }.count == SampleArticle.count)
  }

  /// Captions in different places of the article (between different article groups) stay
  /// apart: linking them would put an edition's paragraphs out of order.
  @Test func captionsInDifferentPlacesStayApart() throws {
    let story =
      article
      .inserting("Фото: Олег Петрасюк / Reuters", at: 3, in: .uk)
      .inserting("Photo: Oleh Petrasiuk / Reuters", at: 8, in: .en)
    let alignment = try aligner.align(story.editions())
    expectValidPartition(alignment)
    #expect(alignment.groups.allSatisfy { !$0.isCaption })
    #expect(alignment.groups.filter(\.isBoilerplate).count == 2)
  }

  @Test(arguments: [[Language.uk, .en], [.uk, .ru], [.en, .ru]])
  func twoEditionsWork(pair: [Language]) throws {
    let story = article.omitting(6, in: pair[1]).splitting(2, in: pair[0])
    let alignment = try aligner.align(story.editions(pair))
    expectValidPartition(alignment)
    #expect(alignment.editions.map(\.language) == pair)
    let omitted = alignment.groups.first { $0[pair[0]] == [7] }
    #expect(omitted?[pair[1]] == [])
    #expect(alignment.groups.contains { $0[pair[0]] == [2, 3] && $0[pair[1]] == [2] })
  }

  @Test func paragraphMissingFromEnglishIsStillLinkedBetweenUkrainianAndRussian() throws {
    let alignment = try aligner.align(article.omitting(5, in: .en).editions())
    let group = alignment.groups.first { $0[.uk] == [5] }
    #expect(group?[.ru] == [5])
    #expect(group?[.en] == [])
  }

  /// A name that opens an English sentence alone ("Kovalenko became…") is no name anchor of its
  /// own, but it meets the Ukrainian edition's name and so places the gap of an omission on the
  /// paragraph that was left out, not on its neighbour.
  @Test func aNameOpeningASentencePlacesTheGapOfAnOmission() throws {
    let uk = Edition(
      language: .uk, source: "uk.txt",
      text: """
        Учора в місті відкрили новий міст через річку.

        Ім'я Коваленка стало відомим після цього проєкту.

        Спочатку будівельники працювали тільки вночі.

        Роботи тривали цілий рік.
        """)
    let en = Edition(
      language: .en, source: "en.txt",
      text: """
        Yesterday a new bridge over the river opened in the city.

        Kovalenko became well known after this project.

        The works lasted a whole year.
        """)
    let alignment = try aligner.align([uk, en])
    #expect(alignment.groups.first { $0[.uk] == [1] }?[.en] == [1])
    #expect(alignment.groups.first { $0[.uk] == [2] }?[.en] == [])
    var blind = AlignerConfiguration()
    blind.initialNameShare = 0
    let without = try ParagraphAligner(configuration: blind).align([uk, en])
    #expect(
      without.groups.first { $0[.uk] == [1] }?[.en] == [],
      "without the evidence the gap lands on the neighbour")
  }

  @Test func untranslatedParagraphIsAlignedByItsAnchors() throws {
    let story = article.replacing(
      article.paragraphs[.uk]![8], with: article.paragraphs[.ru]![8], at: 8, in: .uk)
    let alignment = try aligner.align(story.editions())
    #expect(SampleArticle.shape(alignment) == diagonal())
    #expect(alignment.paragraphInfo[.uk]?[8].language == .ru)
  }

  @Test func editionsComeBackInCanonicalOrder() throws {
    let alignment = try aligner.align(article.editions([.ru, .uk, .en]))
    #expect(alignment.editions.map(\.language) == [.uk, .en, .ru])
  }

  @Test func emptyEditionLeavesEveryParagraphAlone() throws {
    let alignment = try aligner.align([
      Edition(language: .uk, source: "uk", paragraphs: []),
      article.editions([.en])[0],
    ])
    expectValidPartition(alignment)
    #expect(alignment.groups.count == SampleArticle.count)
  }

  @Test func rejectsTooFewAndDuplicateEditions() {
    let editions = article.editions()
    #expect(throws: TriglotAlignError.tooFewEditions(count: 1)) {
      try aligner.align([editions[0]])
    }
    #expect(throws: TriglotAlignError.duplicateLanguage(.uk, sources: ["uk.txt", "uk.txt"])) {
      try aligner.align([editions[0], editions[0]])
    }
    let other = Edition(language: .other, source: "x.txt", text: "x")
    #expect(throws: TriglotAlignError.unsupportedLanguage(.other, source: "x.txt")) {
      try aligner.align([editions[0], other])
    }
  }
}
