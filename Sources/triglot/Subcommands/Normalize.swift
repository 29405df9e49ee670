import ArgumentParser

/// `triglot normalize` (being built; see the open issues).
struct Normalize: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet available)")

  func run() throws {
    throw CLIError("'normalize' is not available yet")
  }
}
