import ArgumentParser
import Foundation
import TriglotAlign
import TriglotText

/// The editions `align` and `audit` read: `--uk F --en F --ru F` (any two or three), or two or
/// three files whose languages are detected; or, when the positional arguments are folders,
/// article folders (`triglot audit DIR…`, see ``folders``), which the command must accept or
/// reject itself.
struct EditionInputs: ParsableArguments {
  @Option(name: .customLong("uk"), help: "The Ukrainian edition ('-' is stdin).")
  var ukrainian: String?

  @Option(name: .customLong("en"), help: "The English edition.")
  var english: String?

  @Option(name: .customLong("ru"), help: "The Russian edition.")
  var russian: String?

  // `audit` also takes article folders here; its discussion says so, as align's help must not.
  @Argument(
    help: ArgumentHelp("Two or three edition files whose languages are detected ('-' is stdin)."))
  var files: [String] = []

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
  var lossy = false

  @OptionGroup var input: InputOptions

  /// How each edition file is read.
  var readerOptions: DocumentReader.Options { input.readerOptions(lossy: lossy) }

  /// The languages named with --uk/--en/--ru (empty when the files are positional).
  var namedLanguages: [Language] {
    [(Language.uk, ukrainian), (.en, english), (.ru, russian)].compactMap { language, path in
      path == nil ? nil : language
    }
  }

  /// The positional arguments when they name article folders (`triglot audit DIR…`): any of
  /// them is an existing folder. Empty when the editions are files.
  var folders: [String] {
    files.contains(where: Self.isFolder) ? files : []
  }

  private static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  func validate() throws {
    let named = namedLanguages.count
    if let folder = files.first(where: Self.isFolder) {
      if named > 0 {
        throw ValidationError(
          "\(folder) is a folder: give article folders alone, or the edition files with "
            + "--uk/--en/--ru, not both")
      }
      // A path that does not exist is taken for a mistyped folder and reported when read.
      let isFile = { (path: String) in
        path == "-" || !Self.isFolder(path) && FileManager.default.fileExists(atPath: path)
      }
      if let file = files.first(where: isFile) {
        throw ValidationError(
          "\(file == "-" ? "- (standard input)" : file) is a file but \(folder) is a folder: "
            + "give article folders (or folders of them), or two or three edition files, "
            + "not both")
      }
      return
    }
    if named > 0, let file = files.first {
      if let message = Self.mistypedOption(before: file) { throw ValidationError(message) }
      throw ValidationError(
        "\(file) was given as an edition file besides --uk/--en/--ru: give the editions either "
          + "with --uk/--en/--ru or as files, not both")
    }
    // `triglot audit --corpus DIR` and `--manifest FILE` take no editions here; the command
    // calls ``validateEditionCount()`` when it needs them.
    if named == 0 && files.isEmpty { return }
    try validateEditionCount()
  }

  /// Checks that two or three editions are given, at most one of them standard input.
  func validateEditionCount() throws {
    let total = namedLanguages.count + files.count
    if total < 2 {
      throw ValidationError(
        "give two or three editions: --uk F --en F --ru F (any two), or two or three files")
    }
    if total > 3 {
      throw ValidationError("give at most three editions (uk, en, ru); got \(total) files")
    }
    let paths = [ukrainian, english, russian].compactMap { $0 } + files
    if paths.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("only one edition can be read from standard input (-)")
    }
  }

  /// The parser's own message when `file` is the value of a mistyped option (`--formt json`):
  /// the parser takes `json` for an edition file and would otherwise report a mix of named and
  /// positional editions. Found by parsing the command line again without `file`, which then
  /// fails on the unknown option ("Unknown option '--formt'. Did you mean '--format'?").
  private static func mistypedOption(before file: String) -> String? {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let index = arguments.firstIndex(of: file), index > 0,
      arguments[index - 1].hasPrefix("-"), arguments[index - 1] != "-"
    else { return nil }
    arguments.remove(at: index)
    do {
      _ = try Triglot.parseAsRoot(arguments)
      return nil
    } catch {
      let message = Triglot.message(for: error)
      return message.isEmpty ? nil : message
    }
  }

  /// Reads the editions; positional files get the language their letters show. A file given
  /// as one language that reads as another is warned about on standard error.
  func editions() throws -> [Edition] {
    let named: [(Language, String?)] = [(.uk, ukrainian), (.en, english), (.ru, russian)]
    try refuseRepeatedFiles(files.isEmpty ? named.compactMap(\.1) : files)
    if files.isEmpty {
      return try named.compactMap { language, path in
        guard let path else { return nil }
        return try InputReader.edition(language, at: path, options: readerOptions)
      }
    }
    var editions = try Edition.detectingLanguages(
      of: try files.map { try InputReader.document(of: $0, options: readerOptions) })
    for index in editions.indices { editions[index].source = files[index] }
    return editions
  }
}

extension EditionInputs {
  /// Throws when two of `paths` name one file (the same path twice, a link and its file):
  /// comparing an edition with itself would report a perfect match that says nothing.
  private func refuseRepeatedFiles(_ paths: [String]) throws {
    for (index, path) in paths.enumerated() where path != "-" {
      let earlier = paths[..<index].first { $0 != "-" && OutputPath.areSameFile($0, path) }
      if let earlier {
        throw CLIError("\(path): given twice (also as \(earlier)); give each edition its own file")
      }
    }
  }
}

/// Warns on standard error when a file used as one edition (given as `--uk`, `--en` or `--ru`,
/// or named `uk.txt` … in an article folder) reads as another of the three languages. The
/// command goes on, and `audit` reports the paragraphs as `untranslated`.
func warnIfMislabelled(_ edition: Edition) {
  guard let read = edition.mislabelledLanguage else { return }
  printError(
    "triglot: warning: \(edition.source) is used as the \(edition.language.englishName) edition "
      + "but reads as \(read.englishName); check which file is which")
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
