import ArgumentParser

/// `triglot align` (being built; see the open issues).
struct Align: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "(not yet available)")

  func run() throws {
    throw CLIError("'align' is not available yet")
  }
}
