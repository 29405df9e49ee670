import ArgumentParser

/// `triglot translit` (being built; see the open issues).
struct Translit: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet available)")

  func run() throws {
    throw CLIError("'translit' is not available yet")
  }
}
