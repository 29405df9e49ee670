import ArgumentParser

/// `triglot detect` (being built; see the open issues).
struct Detect: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet available)")

  func run() throws {
    throw CLIError("'detect' is not available yet")
  }
}
