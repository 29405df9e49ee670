import ArgumentParser
import Foundation

/// An error the CLI reports in one line on standard error, with exit code 2.
struct CLIError: Error, LocalizedError {
  /// The one-line message the user reads.
  var message: String

  init(_ message: String) { self.message = message }

  var errorDescription: String? { message }
}

/// Exit codes documented in `--help` and the README.
enum ExitStatus {
  /// Findings at or above the chosen severity.
  static let findings = ExitCode(1)
  /// Input or environment error.
  static let inputError = ExitCode(2)
}

/// Writes `text` and a newline to standard error (see ``StandardError``: the line goes to the
/// article's notes while a corpus audit works on it).
func printError(_ text: String) {
  StandardError.print(text)
}

/// Runs `body`; an input error (anything but an `ExitCode` or a parser error) is reported as
/// `triglot: <message>` on standard error and becomes exit code 2, never a stack trace.
func reportingInputErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let exit as ExitCode {
    throw exit
  } catch let error as LocalizedError {
    printError("triglot: \(error.errorDescription ?? String(describing: error))")
    throw ExitStatus.inputError
  } catch {
    printError("triglot: \(error)")
    throw ExitStatus.inputError
  }
}
