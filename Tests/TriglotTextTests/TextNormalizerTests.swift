import Testing
import TriglotText

@Suite("Text normalization")
struct TextNormalizerTests {
  private let display = TextNormalizer()
  private let matching = TextNormalizer(mode: .matching)

  @Test(
    "display: homoglyphs inside a word are repaired towards the word's script",
    arguments: [
      // Ukrainian: Latin letters in Cyrillic words.
      ("Місто Харк\u{69}в", "Місто Харків"),  // Latin i
      ("\u{4B}иїв", "Київ"),  // Latin K
      ("ЗМ\u{49} повідомили", "ЗМІ повідомили"),  // Latin I in an abbreviation
      ("саміт НАТ\u{4F}", "саміт НАТО"),  // Latin O in an all-caps abbreviation
      ("п\u{69}дприємство", "підприємство"),
      ("Укр\u{61}їн\u{61}", "Україна"),  // Latin a twice
      ("\u{CF}жакевич", "Їжакевич"),  // Latin Ï
      // Russian.
      ("в Москв\u{61}", "в Москва"),
      ("с\u{65}годня", "сегодня"),
      ("П\u{79}тин", "Путин"),
      ("\u{CB}лка", "Ёлка"),  // Latin Ë
      // English: Cyrillic letters in Latin words.
      ("Budan\u{43E}v said", "Budanov said"),  // Cyrillic о
      ("the Pentag\u{43E}n", "the Pentagon"),
      ("K\u{443}iv", "Kyiv"),  // Cyrillic у
      ("\u{421}OVID cases", "COVID cases"),  // Cyrillic С
      ("HIM\u{410}RS", "HIMARS"),  // Cyrillic А in an all-caps name
      ("Харків", "Харків"),  // nothing to do
      // The majority script decides, a tie the text's dominant script.
      ("\u{425}XI century", "XXI century"),
      ("the \u{421}o fund", "the Co fund"),  // Cyrillic С, Latin o
      ("це \u{421}o сказав", "це Со сказав"),
      // Word boundaries: letters, marks and inner apostrophes; hyphens and punctuation split.
      ("(Харк\u{69}в),", "(Харків),"),
      ("Харк\u{69}в-\u{4B}иїв", "Харків-Київ"),
    ])
  func repairsHomoglyphs(input: String, expected: String) throws {
    let result = try display.normalize(input)
    #expect(result.text == expected)
    #expect(result.repairs.allSatisfy { $0.kind == .homoglyph })
    #expect(result.repairs.isEmpty == (input == expected))
  }

  @Test(
    "display: legitimately mixed tokens are never touched",
    arguments: [
      "https://example.com/Харк\u{69}в",
      "www.\u{4B}иїв.ua",
      "олег@ukr.net",
      "user@ex\u{430}mple.com",  // Cyrillic а inside an e-mail address
      "#Харк\u{69}в",
      "@\u{4B}иїв_news",
      "COVID-19",
      "\u{421}OVID-19",  // digits: a model or code, not a word
      "Су-25",
      "\u{43}у-25",  // Latin C with a digit
      "F-16",
      "Т-72",
      "T-72",
      "iPhone",
      "HIMARS",
      "\u{5A}еленський",  // Latin Z has no Cyrillic twin: a deliberate mix
      "\u{5A}а перемогу",  // a tie goes to the text's Cyrillic, and Z has no twin
      "TOP\u{416}",  // the minority Cyrillic Ж has no Latin twin
      "ДніпроSport",  // both sides pinned
      "Αθήνα",  // Greek
      "Ναto",  // Greek and Latin: a third script is never repaired
      "км/год",
      "U.S.",
    ])
  func leavesMixedTokensAlone(input: String) throws {
    let result = try display.normalize(input)
    #expect(result.text == input)
    #expect(result.repairs.isEmpty)
  }

  @Test(
    "display: apostrophe variants between Cyrillic letters become U+2019",
    arguments: [
      ("п'ять", "п’ять"),  // U+0027
      ("м`ясо", "м’ясо"),  // U+0060
      ("об´єкт", "об’єкт"),  // U+00B4
      ("сімʼя", "сім’я"),  // U+02BC
      ("Вʹячеслав", "В’ячеслав"),  // U+02B9
      ("п’ять", "п’ять"),  // already U+2019
      ("Д'Артаньян", "Д’Артаньян"),  // Russian
      ("Су-25 п'ять", "Су-25 п’ять"),
      ("п'ять-шість", "п’ять-шість"),
      // Not between two Cyrillic letters.
      ("don't", "don't"),
      ("O'Neill", "O'Neill"),
      ("rock'n'roll", "rock'n'roll"),
      ("'цитата'", "'цитата'"),
      ("сказав' і", "сказав' і"),
      ("Kyiv'ська", "Kyiv'ська"),
      ("https://uk.site/п'ять", "https://uk.site/п'ять"),
    ])
  func foldsApostrophes(input: String, expected: String) throws {
    let result = try display.normalize(input)
    #expect(result.text == expected)
    #expect(result.repairs.allSatisfy { $0.kind == .apostrophe })
    #expect(result.repairs.isEmpty == (input == expected))
  }

  @Test(
    arguments: [
      ("п'ять", "\u{2BC}", "пʼять"),
      ("п’ять", "\u{2BC}", "пʼять"),
      ("п’ять", "'", "п'ять"),
    ] as [(String, Unicode.Scalar, String)])
  func usesTheConfiguredApostrophe(input: String, apostrophe: Unicode.Scalar, expected: String)
    throws
  {
    #expect(try TextNormalizer(apostrophe: apostrophe).normalize(input).text == expected)
  }

  @Test(
    "display: invisible characters go, white space and emoji sequences stay",
    arguments: [
      ("Київ\u{200B}ська", "Київська"),  // zero-width space
      ("полі\u{AD}тика", "політика"),  // soft hyphen
      ("a\u{FEFF}b", "ab"),  // BOM inside the text
      ("Ки\u{200D}їв", "Київ"),  // zero-width joiner between letters
      ("Ки\u{200C}їв", "Київ"),  // zero-width non-joiner
      ("\u{2060}word", "word"),  // word joiner
      ("right\u{200F}-to-left", "right-to-left"),  // bidi mark
      ("a\tb\n c\u{A0}d", "a\tb\n c\u{A0}d"),
      ("👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),
      ("❤\u{FE0F}", "❤\u{FE0F}"),
    ])
  func removesInvisibles(input: String, expected: String) throws {
    let result = try display.normalize(input)
    #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
    #expect(result.repairs.allSatisfy { $0.kind == .invisible && $0.after.isEmpty })
  }

  @Test(
    "display: NFC and line endings",
    arguments: [
      ("и\u{306}ти", "йти"),
      ("е\u{308}лка", "ёлка"),
      ("i\u{308}", "ï"),
      ("cafe\u{301}", "café"),
      ("мо\u{301}ва", "мо\u{301}ва"),  // stress marks are typography: kept
      ("a\r\nb\rc\n", "a\nb\nc\n"),
      ("\u{212B}", "Å"),  // Angstrom sign
    ])
  func composesAndConvertsLineEndings(input: String, expected: String) throws {
    let result = try display.normalize(input)
    #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
    #expect(result.repairs.isEmpty)
  }

  @Test func reportsHomoglyphWithBothRanges() throws {
    // The CRLF and the decomposed й shift the output one scalar each against the input.
    let input = "и\u{306}\r\nУ Харк\u{69}в"
    let result = try display.normalize(input)
    #expect(result.text == "й\nУ Харків")
    let repair = try #require(result.repairs.first)
    #expect(result.repairs.count == 1)
    #expect(repair.kind == .homoglyph)
    #expect(repair.before == "Харк\u{69}в")
    #expect(repair.after == "Харків")
    #expect(repair.range == 4..<10)
    #expect(repair.sourceRange == 6..<12)
    #expect(slice(input, repair.sourceRange) == "Харк\u{69}в")
    #expect(slice(result.text, try #require(repair.range)) == "Харків")
  }

  @Test func mergesAdjacentInvisiblesIntoOneRepair() throws {
    let result = try display.normalize("ab\u{200B}\u{200B}c d\u{AD}e")
    #expect(result.text == "abc de")
    #expect(
      result.repairs == [
        NormalizationRepair(
          kind: .invisible, sourceRange: 2..<4, range: 2..<2, before: "\u{200B}\u{200B}",
          after: ""),
        NormalizationRepair(
          kind: .invisible, sourceRange: 7..<8, range: 5..<5, before: "\u{AD}", after: ""),
      ])
  }

  @Test func reportsEveryRepairInInputOrder() throws {
    let input = "п'ять\u{200B} \u{4B}иїв, а п\u{69}д'їзд"
    let result = try display.normalize(input)
    #expect(result.text == "п’ять Київ, а під’їзд")
    #expect(
      result.repairs.map(\.kind) == [.apostrophe, .invisible, .homoglyph, .homoglyph, .apostrophe])
    #expect(
      result.repairs.map(\.before) == ["п'ять", "\u{200B}", "\u{4B}иїв", "п\u{69}д'їзд", "під'їзд"])
    #expect(result.repairs.map(\.after) == ["п’ять", "", "Київ", "під'їзд", "під’їзд"])
    // The last word is repaired twice: the homoglyph first, then the apostrophe.
    for repair in result.repairs.dropLast() where repair.kind != .invisible {
      #expect(slice(input, repair.sourceRange) == repair.before)
    }
    for repair in result.repairs where repair.kind != .invisible && repair.kind != .homoglyph {
      #expect(slice(result.text, try #require(repair.range)) == repair.after)
    }
  }

  @Test(
    "matching: an aggressive key",
    arguments: [
      ("Ёлка", "елка"),
      ("«Привіт» — “світ” „так“", "\"привіт\" - \"світ\" \"так\""),
      ("п’ять п'ять пʼять п`ять", "пять пять пять пять"),
      ("мо\u{301}ва, доро\u{301}га", "мова, дорога"),
      ("  A\n\n  b\t c  ", "a b c"),
      ("ﬁle", "file"),
      ("Straße", "strasse"),
      ("Харк\u{69}в", "харків"),  // homoglyph repaired first
      ("Don't — it's “fine”", "dont - its \"fine\""),
      ("1 200 – 1 300", "1 200 - 1 300"),  // no-break spaces collapse too
      ("a\u{200B}b", "ab"),
      ("ЗЕЛЕНСЬКИЙ", "зеленський"),
      ("Ёжик\u{301}", "ежик"),  // NFC makes ќ into ќ; the key still drops the acute
      ("café cafe\u{301}", "cafe cafe"),
      ("й ї Й Ї", "й ї й ї"),  // other marks stay
    ])
  func buildsMatchingKeys(input: String, expected: String) throws {
    #expect(try matching.normalize(input).text == expected)
  }

  @Test func matchingReportsRepairsWithInputRangesOnly() throws {
    let result = try matching.normalize("У Харк\u{69}в")
    #expect(result.text == "у харків")
    #expect(result.repairs.count == 1)
    #expect(result.repairs.first?.sourceRange == 2..<8)
    #expect(result.repairs.first?.range == nil)
  }

  @Test(
    "display output is NFC, and normalizing it again changes nothing",
    arguments: [
      "У Харк\u{69}в п'ять\r\nи\u{306}ти\u{200B} cafe\u{301} 😀 \u{4B}иїв",
      "Budan\u{43E}v, \u{421}OVID, ЗМ\u{49}, НАТ\u{4F}, ХX\u{49} century",
      "Ёлка\r\rмо\u{301}ва \u{212B} \u{FEFF}text\u{AD}",
      "e\u{200B}\u{301} Ки\u{200D}їв 👨\u{200D}👩\u{200D}👧",
      // An acute that display composes into its letter (á) still goes before the repairs in
      // matching mode, so the Latin a is repaired the first time (the property test found it).
      "a\u{301}\u{AD}\u{AD}вечерние, tota\u{301}\u{435}\u{301}led",
      // The key drops apostrophes, so in matching mode the letters either side of a run of
      // them are one word: е''ii is repaired as еii the first time (the property test found it).
      "\u{435}''\u{AD}i\u{AD}\u{AD}i, \u{435}\u{2BB}\u{2018}ii",
      // A tie goes to the text's dominant script, counted on letters no repair changes: else
      // repairing оEarly tips the count and the second pass repairs oаоi (the property found it).
      "o\u{430}\u{AD}\u{AD}\u{43E}i\u{201C}irest\u{201D} підземних 12,2 2135 \u{43E}Early",
    ])
  func displayIsNFCAndIdempotent(input: String) throws {
    let once = try display.normalize(input).text
    let nfc = try ICUNormalizer.normalize(once, to: .nfc)
    #expect(once.unicodeScalars.elementsEqual(nfc.unicodeScalars))
    let twice = try display.normalize(once)
    #expect(twice.text.unicodeScalars.elementsEqual(once.unicodeScalars))
    #expect(twice.repairs.isEmpty)
    let key = try matching.normalize(input).text
    let again = try matching.normalize(key)
    #expect(again.text == key)
    #expect(again.repairs.isEmpty)
  }

  @Test func emptyTextStaysEmpty() throws {
    #expect(try display.normalize("") == NormalizationResult(text: "", repairs: []))
    #expect(try matching.normalize(" \n ").text == "")
  }

  private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }
}
