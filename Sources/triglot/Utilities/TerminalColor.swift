import Foundation
@preconcurrency import Rainbow

/// Decides whether the text report uses ANSI colours.
enum TerminalColor {
  /// `--color` / `--no-color` win; otherwise colour only when standard output is a terminal and
  /// `NO_COLOR` is not set (https://no-color.org).
  static func isEnabled(flag: Bool?) -> Bool {
    if let flag { return flag }
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return isatty(STDOUT_FILENO) != 0
  }
}

extension TerminalColor {
  /// Makes Rainbow emit (or drop) colour codes whatever it detected itself, so `--color` works
  /// through a pipe and `--no-color` on a terminal.
  static func configureRainbow(_ enabled: Bool) {
    Rainbow.enabled = enabled
    Rainbow.outputTarget = enabled ? .console : .unknown
  }
}
