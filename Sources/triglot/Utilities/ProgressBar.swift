import Foundation

/// The progress of a corpus audit on standard error, when that is a terminal: articles done out
/// of all, a bar, the rate and the time left, redrawn at most ten times a second.
///
///     412/1000 articles [##########..............]  41%  13.2/s  ETA 0:44
struct ProgressBar {
  /// How many articles there are to do.
  var total: Int
  /// When the run started.
  var start: Date
  /// The columns the line may take.
  var width: Int
  private var lastDrawn: Date?

  /// A bar for `total` articles, or nil when standard error is not a terminal, `TERM` is
  /// `dumb`, or `quiet` is set: the bar is then never drawn.
  init?(total: Int, quiet: Bool, start: Date = Date()) {
    guard !quiet, isatty(STDERR_FILENO) != 0,
      ProcessInfo.processInfo.environment["TERM"] != "dumb"
    else { return nil }
    self.init(total: total, start: start, width: TerminalWidth.columns(for: STDERR_FILENO))
  }

  /// A bar of `width` columns, drawn whatever standard error is.
  private init(total: Int, start: Date, width: Int) {
    self.total = total
    self.start = start
    self.width = width
  }

  /// Redraws the bar for `done` articles, unless it was drawn less than 0.1 s ago.
  mutating func update(done: Int, now: Date = Date()) {
    if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.1, done < total { return }
    lastDrawn = now
    StandardError.terminal.showBar(line(done: done, now: now))
  }

  /// Takes the bar off the screen.
  func finish() { StandardError.terminal.showBar(nil) }

  /// The bar's line for `done` articles at `now`, at most ``width`` columns.
  func line(done: Int, now: Date) -> String {
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let share = total == 0 ? 1 : Double(done) / Double(total)
    let eta = done == 0 ? "ETA --:--" : "ETA " + Self.duration(Double(total - done) / rate)
    let counts = "\(done)/\(total) articles"
    let figures = String(format: "%3d%%  %.1f/s  ", Int(share * 100), rate) + eta
    let room = width - counts.count - figures.count - 5
    guard room >= 10 else { return String((counts + "  " + figures).prefix(max(width - 1, 1))) }
    let cells = min(room, 40)
    let filled = Int((share * Double(cells)).rounded(.down))
    return counts + " [" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: cells - filled) + "] " + figures
  }

  /// `0:44`, `12:05`, `2:03:00`.
  static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
    return hours > 0
      ? String(format: "%d:%02d:%02d", hours, minutes, rest)
      : String(format: "%d:%02d", minutes, rest)
  }
}
