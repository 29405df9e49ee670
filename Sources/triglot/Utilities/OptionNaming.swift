/// How a message names an option: as the command line spells it (`--fail-under`) or as the
/// `options` object of a `triglot serve` request does (`options.failUnder`). The settings that
/// the command and the server share check their values once and name the option each user typed.
enum OptionNaming: Sendable {
  /// `--fail-under`.
  case commandLine
  /// `options.failUnder`.
  case json

  /// The option whose JSON key is `key` ("failUnder"), as this naming writes it.
  func name(_ key: String) -> String {
    switch self {
    case .commandLine:
      "--" + key.map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
    case .json:
      "options." + key
    }
  }
}
