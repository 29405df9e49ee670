import Foundation
import TriglotAlign
import TriglotText

/// What `triglot extract` reports about one file, as printed and as encoded in JSON.
struct ExtractReport: Encodable {
  var version = 1
  var path: String
  var format: String
  var encoding: String
  /// The language the page declares (`<html lang>`), when it declares one.
  var language: String?
  /// The element taken as the article (HTML), or what was read (Markdown, text).
  var container: String
  var paragraphs: [Paragraph]
  /// With `--show-dropped`: what was left out (absent otherwise).
  var dropped: [Dropped]?

  /// One paragraph taken as the article.
  struct Paragraph: Encodable {
    var index: Int
    /// What the paragraph is on the page (nil for plain text).
    var kind: ParagraphKind?
    var text: String
    var line: Int?
    /// The element's XPath (HTML only).
    var xpath: String?
    /// The kind of boilerplate the aligner sets the paragraph aside as, if any.
    var boilerplate: BoilerplateKind?
  }

  /// One part of the page left out.
  struct Dropped: Encodable {
    /// Why, as a word for programs: element, class, id, role, hidden, linkList, outsideArticle.
    var reason: String
    /// The element name, class or id value and the furniture word in it, or role.
    var detail: String?
    /// The element (`div.share-bar`).
    var element: String
    var text: String
    var line: Int?
    var xpath: String?
    /// The reason for people ("class share-bar (share)", "outside the article").
    var described: String

    enum CodingKeys: String, CodingKey {
      case reason, detail, element, text, line, xpath
    }
  }

  /// The JSON result for several files.
  struct List: Encodable {
    var version = 1
    var files: [ExtractReport]
  }

  enum CodingKeys: String, CodingKey {
    case version, path, format, encoding, language, container, paragraphs, dropped
  }

  init(path: String, document: ReadDocument, showDropped: Bool) {
    self.path = path
    format = document.format.rawValue
    encoding = document.decoded.encoding.name
    language = document.article?.declaredLanguage
    let detector = BoilerplateDetector()
    let lines = document.article == nil ? TextLineIndex(document.decoded.text) : nil
    let boilerplate = detector.kinds(
      of: document.paragraphs.map(\.text),
      declared: document.paragraphs.indices.map {
        document.origins.indices.contains($0) ? document.origins[$0].kind : nil
      })
    paragraphs = document.paragraphs.enumerated().map { index, segment in
      let origin = document.origins.indices.contains(index) ? document.origins[index] : nil
      return Paragraph(
        index: index, kind: origin?.kind, text: segment.text,
        line: origin?.position.line
          ?? lines?.location(ofScalarOffset: segment.range.lowerBound).line,
        xpath: origin?.position.path,
        boilerplate: boilerplate[index])
    }
    switch document.format {
    case .text: container = "plain text (paragraphs split at blank lines, or one per line)"
    case .html, .markdown: container = document.article?.container ?? ""
    }
    if showDropped {
      dropped = (document.article?.dropped ?? []).map(Self.dropped)
    }
  }

  private static func dropped(_ block: DroppedBlock) -> Dropped {
    let (reason, detail): (String, String?) =
      switch block.reason {
      case .element(let name): ("element", name)
      case .marked(let attribute, let value, let word): (attribute, "\(value) (\(word))")
      case .role(let role): ("role", role)
      case .hidden: ("hidden", nil)
      case .linkList: ("linkList", nil)
      case .outsideArticle: ("outsideArticle", nil)
      }
    let described =
      switch block.reason {
      case .marked(let attribute, let value, let word): "\(attribute) \(value) (\(word))"
      default: block.reason.description
      }
    return Dropped(
      reason: reason, detail: detail, element: block.element, text: block.text,
      line: block.position.line, xpath: block.position.path, described: described)
  }

  /// The paragraphs separated by blank lines.
  var plain: String {
    paragraphs.map(\.text).joined(separator: "\n\n") + (paragraphs.isEmpty ? "" : "\n")
  }

  /// The table people read: a header line about the file, the paragraphs, and what was
  /// dropped when asked.
  var table: String {
    var lines = [
      "\(path == "-" ? "<stdin>" : path): \(InputFormat(rawValue: format)?.description ?? format), "
        + "\(encoding)\(language.map { ", declares \($0)" } ?? ""); article: \(container)"
    ]
    lines += Self.columns(
      header: ["#", "kind", "line", "boilerplate", "text"],
      rows: paragraphs.map { paragraph in
        [
          String(paragraph.index), paragraph.kind?.rawValue ?? "-",
          paragraph.line.map(String.init) ?? "", paragraph.boilerplate?.rawValue ?? "",
          Self.oneLine(paragraph.text),
        ]
      }, rightAligned: [0, 2])
    let boilerplate = paragraphs.count { $0.boilerplate != nil }
    var summary =
      "\(paragraphs.count) paragraph\(paragraphs.count == 1 ? "" : "s") "
      + "(\(paragraphs.count - boilerplate) article, \(boilerplate) boilerplate)"
    if let dropped {
      summary += "; \(dropped.count) part\(dropped.count == 1 ? "" : "s") of the page left out"
      lines.append(summary)
      if !dropped.isEmpty {
        lines.append("")
        lines += Self.columns(
          header: ["line", "element", "reason", "text"],
          rows: dropped.map { block in
            [
              block.line.map(String.init) ?? "", block.element,
              block.described,
              Self.preview(block.text),
            ]
          }, rightAligned: [0])
      }
    } else {
      lines.append(summary + " (--show-dropped lists what was left out)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func columns(header: [String], rows: [[String]], rightAligned: Set<Int>)
    -> [String]
  {
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    return ([header] + rows).map { cells in
      cells.enumerated().map { column, cell in
        if column == cells.count - 1 { return cell }
        return rightAligned.contains(column)
          ? cell.leftPadded(to: widths[column]) : cell.padded(to: widths[column])
      }.joined(separator: "  ")
    }
  }

  private static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }

  /// The first 70 characters of a dropped block on one line.
  private static func preview(_ text: String) -> String {
    let flat = oneLine(text)
    return flat.count > 70 ? String(flat.prefix(69)) + "…" : flat
  }
}
