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

  /// One row of the view: its number, a cell per edition (nil for an empty cell), its
  /// confidence (nil for none).
  private struct Row {
    var label: String
    var cells: [Cell?]
    var confidence: Double?
  }

  /// A cell's text and how it is coloured (after it is fitted, so that colour codes take no
  /// room).
  private struct Cell {
    enum Style { case plain, missing, boilerplate }
    var text: String
    var style = Style.plain
  }

  func render(_ alignment: Alignment) -> String {
    let editions = alignment.editions
    var missing = 0
    var boilerplate = 0
    let rows = alignment.groups.enumerated().map { number, group in
      let cells = editions.map { edition -> Cell? in
        let indices = group[edition.language]
        if indices.isEmpty {
          if group.isBoilerplate { return nil }
          missing += 1
          return Cell(text: Self.missing, style: .missing)
        }
        let info = alignment.paragraphInfo[edition.language]
        let text = indices.map { edition.paragraphs[$0].text }.joined(separator: " ¶ ")
        // Paragraphs are numbered from 1 for people, as the rows are; the JSON keeps 0-based
        // indices.
        let label = "[" + indices.map { String($0 + 1) }.joined(separator: "+") + "] "
        if group.isBoilerplate, let index = indices.first, let kind = info?[index].boilerplate {
          boilerplate += 1
          return Cell(text: label + "· \(kind.rawValue) · " + text, style: .boilerplate)
        }
        return Cell(text: label + text)
      }
      return Row(
        label: String(number + 1), cells: cells,
        confidence: group.isBoilerplate ? nil : group.confidence)
    }
    let linked = alignment.groups.filter { !$0.isBoilerplate && $0.languages.count >= 2 }.count
    return table(rows, editions: editions)
      + "\(alignment.groups.count) groups: \(linked) linked across editions, "
      + "\(missing) missing paragraph slot(s), \(boilerplate) boilerplate paragraph(s)\n"
  }

  /// The sentence view: one row per sentence group of the article groups, numbered
  /// "paragraph group.sentence group"; a cell shows the sentences as [paragraph.sentence].
  func render(_ alignment: Alignment, sentences: SentenceAlignment) -> String {
    let editions = alignment.editions
    var missing = 0
    var rows: [Row] = []
    for (number, groups) in sentences.groups.enumerated() {
      for (sentenceNumber, group) in groups.enumerated() {
        let cells = editions.map { edition -> Cell? in
          let ids = group[edition.language]
          if ids.isEmpty {
            missing += 1
            return Cell(text: Self.missing, style: .missing)
          }
          let label =
            "[" + ids.map { "\($0.paragraph + 1).\($0.sentence + 1)" }.joined(separator: "+")
            + "] "
          return Cell(text: label + sentences.text(of: ids, in: edition.language))
        }
        rows.append(
          Row(
            label: "\(number + 1).\(sentenceNumber + 1)", cells: cells,
            confidence: group.confidence))
      }
    }
    let linked = sentences.allGroups.filter { $0.languages.count >= 2 }.count
    return table(rows, editions: editions)
      + "\(rows.count) sentence groups: \(linked) linked across editions, "
      + "\(missing) missing sentence slot(s); boilerplate left out\n"
  }

  private static let missing = "— missing —"

  /// The header, the rule and the rows, each cell fitted to its column.
  private func table(_ rows: [Row], editions: [Edition]) -> String {
    let indexWidth = max(rows.map(\.label.count).max() ?? 0, 2)
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
    for row in rows {
      let cells = row.cells.map { cell -> String in
        guard let cell else { return pad("", cellWidth) }
        let fitted = pad(cell.text.replacingOccurrences(of: "\n", with: " "), cellWidth)
        switch cell.style {
        case .plain: return fitted
        case .missing: return paint(fitted) { $0.red }
        case .boilerplate: return paint(fitted) { $0.dim }
        }
      }
      let confidence = row.confidence.map { String(format: "%.2f", $0) } ?? ""
      lines.append(
        pad(row.label, indexWidth) + " " + cells.joined(separator: separator) + " " + confidence)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` cut or padded to exactly `width` characters (a cut ends in "…").
  private func pad(_ text: String, _ width: Int) -> String {
    text.count > width ? String(text.prefix(width - 1)) + "…" : text.padded(to: width)
  }

  private func paint(_ text: String, _ style: (String) -> String) -> String {
    color ? style(text) : text
  }
}
