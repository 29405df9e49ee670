import ArgumentParser

/// The `triglot` command: normalize, detect, transliterate, align and audit Ukrainian, English and
/// Russian editions of one article.
@main
struct Triglot: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triglot",
    abstract: "Check that the Ukrainian, English and Russian editions of an article say the same.",
    discussion: """
      Exit codes: 0 success (no findings at or above --fail-on), 1 findings, \
      2 input or environment error (missing, unreadable, empty or binary file, bytes invalid \
      in the file's encoding, a page without article text), \
      64 usage error.
      """,
    version: "0.1.0",
    subcommands: [
      Normalize.self, Detect.self, Extract.self, Translit.self, Align.self, Eval.self, Audit.self,
      Serve.self,
    ]
  )
}
