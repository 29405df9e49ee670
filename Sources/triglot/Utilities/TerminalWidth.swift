import Foundation

/// How wide the text reports and views may be.
enum TerminalWidth {
  /// The width to fit: `COLUMNS` when it is a positive number, else the size of the terminal
  /// `descriptor` (standard output by default) is, else 120 (output to a pipe or a file).
  static func columns(for descriptor: Int32 = STDOUT_FILENO) -> Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns),
      value > 0
    {
      return value
    }
    var size = winsize()
    if isatty(descriptor) != 0, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return Int(size.ws_col)
    }
    return 120
  }
}
