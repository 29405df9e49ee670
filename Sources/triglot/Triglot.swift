import ArgumentParser
import Foundation

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

  /// Runs the command. Unlike ArgumentParser's own `main`, every line goes through
  /// ``StandardOutput`` and ``StandardError``, so a closed or full stream is a message and exit
  /// code 2 rather than a crash inside `FileHandle.write`, and standard streams closed at start
  /// are taken care of first (``StandardStreams/prepare()``).
  static func main() async {
    StandardStreams.prepare()
    var code: Int32 = 0
    do {
      var command = try await asyncParseAsRoot(nil)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      code = exitCode(for: error).rawValue
      let message = fullMessage(for: error)
      if code == 0 {
        // --help and --version: the text is the result, so it goes to standard output.
        if !message.isEmpty {
          do {
            try StandardOutput.write(message + "\n")
          } catch {
            printError("triglot: \(error.localizedDescription)")
            code = ExitStatus.inputError.rawValue
          }
        }
      } else if !message.isEmpty {
        printError(message)
      }
    }
    Foundation.exit(StandardStreams.exitCode(code))
  }
}
