import Foundation
import TriglotAlign
import TriglotText
import XMLCoder

/// A TMX 1.4b translation memory built from an alignment: one `<tu>` per group that links two
/// or more editions — a paragraph group, or with `--level sentence` a sentence group — with one
/// `<tuv xml:lang="…"><seg>…</seg></tuv>` per language. Boilerplate and single-edition groups
/// are left out. Each `<tu>` carries `<prop>`s naming the article (`x-article`) and its
/// paragraph group (`x-paragraph-group`, numbered from 1 as in the text view), so a CAT tool or
/// corpus builder can trace a unit back. Encoded with XMLCoder, so the XML is always well
/// formed.
struct AlignTMXDocument: Encodable, DynamicNodeEncoding {
  struct Header: Encodable, DynamicNodeEncoding {
    var creationtool = "triglot"
    var creationtoolversion: String
    var segtype: String
    var oTmf = "triglot"
    var adminlang = "en"
    var srclang: String
    var datatype = "plaintext"

    enum CodingKeys: String, CodingKey {
      case creationtool, creationtoolversion, segtype
      case oTmf = "o-tmf"
      case adminlang, srclang
      case datatype
    }

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
  }

  struct Body: Encodable {
    var tu: [Unit]
  }

  struct Unit: Encodable, DynamicNodeEncoding {
    var tuid: String
    var prop: [Property]
    var tuv: [Variant]

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
      key.stringValue == "tuid" ? .attribute : .element
    }
  }

  /// `<prop type="x-…">value</prop>`.
  struct Property: Encodable, DynamicNodeEncoding {
    var type: String
    var value: String

    enum CodingKeys: String, CodingKey {
      case type
      // XMLCoder writes the value of the empty key as the element's text.
      case value = ""
    }

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
      key.stringValue == "type" ? .attribute : .element
    }
  }

  struct Variant: Encodable, DynamicNodeEncoding {
    var lang: String
    var seg: String

    enum CodingKeys: String, CodingKey {
      case lang = "xml:lang"
      case seg
    }

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
      key.stringValue == "xml:lang" ? .attribute : .element
    }
  }

  var version = "1.4"
  var header: Header
  var body: Body

  static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
    key.stringValue == "version" ? .attribute : .element
  }

  /// One unit per linked paragraph group, or with `sentences` per linked sentence group
  /// (`tuid` "4.2": sentence group 2 of paragraph group 4).
  init(_ alignment: Alignment, sentences: SentenceAlignment? = nil, toolVersion: String) {
    let source = alignment.editions.first?.language.rawValue ?? "uk"
    header = Header(
      creationtoolversion: toolVersion, segtype: sentences == nil ? "paragraph" : "sentence",
      srclang: source)
    let article = Self.articleName(alignment.editions)
    var units: [Unit] = []
    for (index, group) in alignment.groups.enumerated()
    where !group.isBoilerplate && group.languages.count >= 2 {
      let properties = [
        Property(type: "x-article", value: article),
        Property(type: "x-paragraph-group", value: String(index + 1)),
      ]
      guard let sentences else {
        let variants = alignment.editions.compactMap { edition -> Variant? in
          let indices = group[edition.language]
          guard !indices.isEmpty else { return nil }
          return Variant(
            lang: edition.language.rawValue,
            seg: indices.map { edition.paragraphs[$0].text }.joined(separator: " "))
        }
        units.append(Unit(tuid: String(index + 1), prop: properties, tuv: variants))
        continue
      }
      for (number, sentenceGroup) in sentences.groups[index].enumerated()
      where sentenceGroup.languages.count >= 2 {
        let variants = sentenceGroup.languages.map {
          Variant(lang: $0.rawValue, seg: sentences.text(of: sentenceGroup[$0], in: $0))
        }
        units.append(Unit(tuid: "\(index + 1).\(number + 1)", prop: properties, tuv: variants))
      }
    }
    body = Body(tu: units)
  }

  /// What names the article: the folder its edition files share (`02-kharkiv-strike`), else
  /// the files themselves.
  static func articleName(_ editions: [Edition]) -> String {
    let folders = Set(
      editions.map { URL(fileURLWithPath: $0.source).deletingLastPathComponent().lastPathComponent }
    )
    if folders.count == 1, let folder = folders.first,
      !editions.contains(where: { $0.source == "-" }),
      !folder.isEmpty, folder != "/", folder != "."
    {
      return folder
    }
    return editions.map(\.source).joined(separator: " ")
  }

  /// The document as XML text, well-formed whatever the text holds: a character XML 1.0 does
  /// not allow (U+0000–U+001F but tab, LF and CR; U+FFFE, U+FFFF) is written as U+FFFD, since
  /// XMLCoder writes it as it is and a CAT tool then refuses the whole file. Article text has
  /// lost them when it was read; a file or folder name can still hold one.
  func xml() throws -> String {
    let encoder = XMLEncoder()
    encoder.outputFormatting = [.prettyPrinted]
    let data = try encoder.encode(
      self, withRootKey: "tmx", header: XMLHeader(version: 1.0, encoding: "UTF-8"))
    var scalars = String.UnicodeScalarView()
    for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: scalars.append(scalar)
      case 0x00...0x1F, 0xFFFE, 0xFFFF: scalars.append("\u{FFFD}")
      default: scalars.append(scalar)
      }
    }
    return String(scalars) + "\n"
  }
}
