import ArgumentParser

/// `triglot eval` (being built; see the open issues).
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet available)")

  func run() throws {
    throw CLIError("'eval' is not available yet")
  }
}
