import ArgumentParser

/// `triglot audit` (being built; see the open issues).
struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet available)")

  func run() throws {
    throw CLIError("'audit' is not available yet")
  }
}
