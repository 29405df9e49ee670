import ArgumentParser
import TriglotAlign
import TriglotText

/// The editions `triglot audit` reads: `--uk F --en F --ru F`, any two or three.
struct AuditInputs: ParsableArguments {
  @Option(help: ArgumentHelp("The Ukrainian edition (- for standard input).", valueName: "FILE"))
  var uk: String?

  @Option(help: ArgumentHelp("The English edition.", valueName: "FILE"))
  var en: String?

  @Option(help: ArgumentHelp("The Russian edition.", valueName: "FILE"))
  var ru: String?

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
  var lossy = false

  /// The given paths by language.
  var paths: [(Language, String)] {
    [(Language.uk, uk), (.en, en), (.ru, ru)].compactMap { language, path in
      path.map { (language, $0) }
    }
  }

  /// The languages of the given editions.
  var languages: [Language] { paths.map(\.0) }

  func validate() throws {
    guard paths.count >= 2 else {
      throw ValidationError("give at least two editions, e.g. --uk uk.txt --en en.txt")
    }
    if paths.filter({ $0.1 == "-" }).count > 1 {
      throw ValidationError("only one edition can be read from standard input (-)")
    }
  }

  /// Reads and splits the editions.
  func editions() throws -> [Edition] {
    try paths.map { language, path in
      Edition(language: language, source: path, text: try InputReader.text(of: path, lossy: lossy))
    }
  }
}

/// An edition language as a command-line value (uk, en or ru).
struct EditionLanguage: ExpressibleByArgument {
  /// The language.
  var language: Language

  init?(argument: String) {
    guard let language = Language(rawValue: argument), Language.editions.contains(language)
    else { return nil }
    self.language = language
  }

  static var allValueStrings: [String] { Language.editions.map(\.rawValue) }
}
