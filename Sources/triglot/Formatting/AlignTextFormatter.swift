import Foundation
@preconcurrency import Rainbow
import TriglotAlign
import TriglotText

/// Renders an alignment side by side for people: one row per group, a column per edition,
/// fitted to `width` columns. A paragraph an edition leaves out shows as "— missing —";
/// boilerplate shows as "· boilerplate (kind) ·" followed by its text.
struct AlignTextFormatter {
  var width: Int
  var color: Bool

  func render(_ alignment: Alignment) -> String {
    let editions = alignment.editions
    let indexWidth = max(String(alignment.groups.count).count, 2)
    let confidenceWidth = 4
    let separator = " │ "
    let fixed = indexWidth + 1 + confidenceWidth + 1 + separator.count * (editions.count - 1)
    let cellWidth = max((width - fixed) / editions.count, 12)

    var lines: [String] = []
    let titles = editions.map { edition in
      let prefix = "\(edition.language.rawValue): "
      let room = cellWidth - prefix.count
      let source =
        edition.source.count > room ? "…" + edition.source.suffix(room - 1) : edition.source
      return prefix + source
    }
    lines.append(
      pad("#", indexWidth) + " " + titles.map { pad($0, cellWidth) }.joined(separator: separator)
        + " " + "conf")
    lines.append(String(repeating: "─", count: min(width, fixed + cellWidth * editions.count)))
    var missing = 0
    var boilerplate = 0
    for (number, group) in alignment.groups.enumerated() {
      let cells = editions.map { edition -> String in
        let indices = group[edition.language]
        if indices.isEmpty {
          if group.isBoilerplate { return pad("", cellWidth) }
          missing += 1
          return paint(pad("— missing —", cellWidth)) { $0.red }
        }
        let info = alignment.paragraphInfo[edition.language]
        let text = indices.map { edition.paragraphs[$0].text }.joined(separator: " ¶ ")
          .replacingOccurrences(of: "\n", with: " ")
        let label = "[" + indices.map(String.init).joined(separator: "+") + "] "
        if group.isBoilerplate, let index = indices.first, let kind = info?[index].boilerplate {
          boilerplate += 1
          return paint(pad(label + "· \(kind.rawValue) · " + text, cellWidth)) { $0.dim }
        }
        return pad(label + text, cellWidth)
      }
      let confidence = group.isBoilerplate ? "" : String(format: "%.2f", group.confidence)
      lines.append(
        pad(String(number + 1), indexWidth) + " " + cells.joined(separator: separator) + " "
          + confidence)
    }
    let linked = alignment.groups.filter { !$0.isBoilerplate && $0.languages.count >= 2 }.count
    lines.append(
      "\(alignment.groups.count) groups: \(linked) linked across editions, "
        + "\(missing) missing paragraph slot(s), \(boilerplate) boilerplate paragraph(s)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` cut or padded to exactly `width` characters (a cut ends in "…").
  private func pad(_ text: String, _ width: Int) -> String {
    text.count > width ? String(text.prefix(width - 1)) + "…" : text.padded(to: width)
  }

  private func paint(_ text: String, _ style: (String) -> String) -> String {
    color ? style(text) : text
  }

  /// The width of the terminal: `COLUMNS`, else the terminal's size, else 120.
  static func terminalWidth() -> Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns),
      value > 0
    {
      return value
    }
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return Int(size.ws_col)
    }
    return 120
  }
}
