import ArgumentParser
import Foundation
import TriglotText

/// `triglot translit`: writes Ukrainian or Russian text in Latin letters under a published
/// standard, from arguments or streaming standard input line by line.
struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write Ukrainian or Russian text in Latin letters under a chosen standard.",
    discussion: """
      With TEXT, transliterates it. Without TEXT, reads standard input line by line and writes \
      one output line per input line as it goes (constant memory on any size of input). Text \
      outside the language's letters (Latin, digits, punctuation) passes through unchanged. \
      Defaults: kmu-2010 for Ukrainian, bgn-pcgn for Russian; see --list. With --lang auto \
      (the default) the text is Ukrainian unless it shows Russian (ы э ъ ё, spellings such as \
      Юлия or -ский, or running text that reads as Russian): a name such as Гончаренко is \
      Honcharenko.

      --names FILE gives the newsroom's own spellings (house style), which win over the \
      standard: a tab-separated list, CYRILLIC<TAB>LATIN[<TAB>NOTE] a line, # for comments \
      (see Docs/house-names.example.tsv). A listed name and a form that adds a case ending to it \
      take the house spelling (Юсов Yusov: Юсова Yusova).

      --reverse reads Latin spellings: given a name without Latin letters (Cyrillic, digits) it \
      says so on standard error, and the exit code is 2.

      Exit codes: 0 success, 2 input error (invalid UTF-8 on standard input, an unreadable or \
      invalid --names file, with --reverse a name without Latin letters), 64 usage error \
      (unknown standard, conflicting options).
      """
  )

  /// The `--lang` choices.
  enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case uk, ru, auto
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The language of the text: uk, ru, or auto (Ukrainian unless the text shows Russian).",
      discussion: """
        auto picks Russian only on evidence of Russian: a letter Ukrainian lacks (ы э ъ ё), a \
        spelling Ukrainian does not use (Юлия, Наталья, -ский), or running text of 60 letters \
        or more that reads as Russian (a list of names is judged by its letters). An ambiguous \
        word is Ukrainian: Гончаренко is Honcharenko; pass --lang ru for Goncharenko.
        """))
  var lang: LanguageChoice = .auto

  @Option(name: .long, help: "The standard's ID (see --list).")
  var standard: String?

  @Flag(name: .long, help: "Show the text under every standard of its language, side by side.")
  var all = false

  @Flag(name: .long, help: "List the standards with their full names, years and sources.")
  var list = false

  @Flag(
    name: .long,
    help: "Reverse: rank Cyrillic spellings of Latin names (needs --lang uk or --lang ru).")
  var reverse = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "House-style spellings that win over the standard (CYRILLIC<TAB>LATIN[<TAB>NOTE] lines).",
      valueName: "FILE"))
  var names: String?

  // Unconditional: `--limit -1` is a (bad) value, which validate() names, not a missing one.
  @Option(
    name: .long, parsing: .unconditional,
    help: "With --reverse: how many candidates to show per name.")
  var limit = 5

  @Option(name: .long, help: "With --reverse: text (default) or json.")
  var format: ReverseFormat = .text

  @Argument(help: "The text to transliterate (default: read standard input).")
  var text: [String] = []

  func validate() throws {
    if limit < 1 {
      throw ValidationError("--limit must be 1 or more; got \(limit)")
    }
    if reverse {
      try validateReverse()
      return
    }
    if list && names != nil {
      throw ValidationError("--list prints the standards; drop --names")
    }
    if format != .text {
      throw ValidationError("--format applies to --reverse only")
    }
    if all && standard != nil {
      throw ValidationError("--all shows every standard; drop --standard or --all")
    }
    guard let standard else { return }
    let languages = lang == .auto ? TransliterationStandard.languages : [language(of: lang)]
    if !languages.contains(where: {
      TransliterationStandard.standard(id: standard, language: $0) != nil
    }) {
      let valid = languages.map { language in
        "\(language.rawValue): "
          + TransliterationStandard.standards(for: language).map(\.id).joined(separator: ", ")
      }
      throw ValidationError(
        "unknown standard '\(standard)'; valid IDs are \(valid.joined(separator: "; "))")
    }
  }

  func run() throws {
    if list {
      try reportingInputErrors { try StandardOutput.write(Self.listing()) }
      return
    }
    if reverse {
      try reportingInputErrors { try runReverse() }
      return
    }
    try reportingInputErrors {
      let house = try houseNames()
      if text.isEmpty {
        try streamStandardInput(house: house)
      } else {
        let input = text.joined(separator: " ")
        let language = resolvedLanguage(sample: Array(input.utf8)[...])
        try StandardOutput.write(
          try render(input, with: try transliterators(for: language), house: house) + "\n")
      }
    }
  }

  /// The `--names` list, read and checked; nil without `--names`.
  private func houseNames() throws -> HouseNames? {
    guard let names else { return nil }
    return try HouseNames(parsing: try InputReader.text(of: names), source: names)
  }

  // MARK: Transliterating

  /// The transliterators a run uses, compiled once: every standard of `language` with `--all`,
  /// else the chosen one.
  private func transliterators(for language: Language) throws -> [Transliterator] {
    all
      ? try TransliterationStandard.standards(for: language).map { try Transliterator($0) }
      : [try makeTransliterator(language)]
  }

  /// `input` under each of `transliterators`: the text alone, or with `--all` a table of
  /// standard IDs and texts; the names `house` lists in their house spelling.
  private func render(
    _ input: String, with transliterators: [Transliterator], house: HouseNames?
  ) throws -> String {
    let transliterate = { (transliterator: Transliterator) throws -> String in
      try house?.transliterate(input, with: transliterator)
        ?? transliterator.transliterate(input)
    }
    if all {
      return Self.table(try transliterators.map { ($0.standard.id, try transliterate($0)) })
    }
    return try transliterate(transliterators[0])
  }

  private func streamStandardInput(house: HouseNames?) throws {
    var stream = LineStream(fileDescriptor: STDIN_FILENO, chunkSize: 1 << 18)
    let language = resolvedLanguage(sample: try stream.peek())
    do {
      if all {
        let transliterators = try transliterators(for: language)
        try stream.forEachLine(
          { try render($0, with: transliterators, house: house) }, write: Self.write)
      } else if let house {
        let transliterator = try makeTransliterator(language)
        var output: [UInt8] = []
        try stream.forEachBlock { block in
          let bad = LineStream.firstInvalidUTF8(in: block)
          let end = bad.map { LineStream.lineStart(before: $0, in: block) } ?? block.count
          let valid = UnsafeBufferPointer(rebasing: block[..<end])
          let text = String(decoding: valid, as: UTF8.self)
          output.append(contentsOf: try house.transliterate(text, with: transliterator).utf8)
          try Self.write(&output)
          return bad
        }
      } else {
        // Blocks are split between the processors, each with its own cache.
        try ParallelTransliterator(try standard(for: language)).transliterate(
          &stream, write: Self.write)
      }
    } catch let error as LineStream.InvalidUTF8 {
      throw CLIError(
        "<stdin>: invalid UTF-8 on line \(error.line) (byte offset \(error.byteOffset)); "
          + "convert the input to UTF-8 (e.g. iconv -f cp1251 -t utf-8)")
    }
  }

  private func makeTransliterator(_ language: Language) throws -> Transliterator {
    try Transliterator(try standard(for: language))
  }

  /// `--standard`, or the language's default; an error when the language has no such standard.
  private func standard(for language: Language) throws -> TransliterationStandard {
    let id = standard ?? TransliterationStandard.defaultStandard(for: language)?.id ?? ""
    guard let chosen = TransliterationStandard.standard(id: id, language: language) else {
      let valid = TransliterationStandard.standards(for: language).map(\.id)
      throw CLIError(
        "the text looks \(language.englishName), which has no standard '\(id)'; pass --lang or "
          + "use one of \(valid.joined(separator: ", "))")
    }
    return chosen
  }

  /// Writes `output` to standard output and empties it.
  ///
  /// - Throws: ``CLIError`` when standard output is closed or full (``StandardOutput``).
  private static func write(_ output: inout [UInt8]) throws {
    guard !output.isEmpty else { return }
    try StandardOutput.write(output)
    output.removeAll(keepingCapacity: true)
  }

  // MARK: Language

  private func language(of choice: LanguageChoice) -> Language {
    choice == .ru ? .ru : .uk
  }

  /// The language to use: `--lang`, else the only language that has `--standard`, else what
  /// `sample` shows (``CyrillicLanguageEvidence``: Ukrainian unless it shows Russian).
  private func resolvedLanguage(sample: ArraySlice<UInt8>) -> Language {
    if lang != .auto { return language(of: lang) }
    if let standard {
      let owners = TransliterationStandard.languages.filter {
        TransliterationStandard.standard(id: standard, language: $0) != nil
      }
      if owners.count == 1 { return owners[0] }
    }
    return CyrillicLanguageEvidence(String(decoding: sample, as: UTF8.self)).language
  }

  // MARK: Formatting

  /// Rows of (standard ID, text) as two aligned columns.
  static func table(_ rows: [(String, String)]) -> String {
    let width = rows.map(\.0.count).max() ?? 0
    return rows.map { id, text in
      id.padded(to: width + 2) + text
    }.joined(separator: "\n")
  }

  /// The `--list` output: per language, ID (default marked), year, name and source.
  static func listing() -> String {
    var lines: [String] = []
    let width = TransliterationStandard.all.map(\.id.count).max() ?? 0
    for language in TransliterationStandard.languages {
      lines.append("\(language.englishName) (--lang \(language.rawValue)):")
      for standard in TransliterationStandard.standards(for: language) {
        let id = standard.id + (standard.isDefault ? "*" : "")
        let year = standard.year.map(String.init) ?? "    "
        lines.append("  \(id.padded(to: width + 1))  \(year)  \(standard.name)")
        lines.append("".padded(to: width + 11) + standard.source)
      }
      lines.append("")
    }
    lines.append("* default for the language")
    return lines.joined(separator: "\n") + "\n"
  }
}
