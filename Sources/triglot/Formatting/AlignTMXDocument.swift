import Foundation
import TriglotAlign
import XMLCoder

/// A TMX 1.4b translation memory built from an alignment: one `<tu>` per group that links two
/// or more editions, one `<tuv xml:lang="…"><seg>…</seg></tuv>` per language. Boilerplate and
/// single-edition groups are left out. Encoded with XMLCoder, so the XML is always well formed.
struct AlignTMXDocument: Encodable, DynamicNodeEncoding {
  struct Header: Encodable, DynamicNodeEncoding {
    var creationtool = "triglot"
    var creationtoolversion: String
    var segtype = "paragraph"
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
    var tuv: [Variant]

    static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
      key.stringValue == "tuid" ? .attribute : .element
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

  init(_ alignment: Alignment, toolVersion: String) {
    let source = alignment.editions.first?.language.rawValue ?? "uk"
    header = Header(creationtoolversion: toolVersion, srclang: source)
    var units: [Unit] = []
    for (index, group) in alignment.groups.enumerated()
    where !group.isBoilerplate && group.languages.count >= 2 {
      let variants = alignment.editions.compactMap { edition -> Variant? in
        let indices = group[edition.language]
        guard !indices.isEmpty else { return nil }
        return Variant(
          lang: edition.language.rawValue,
          seg: indices.map { edition.paragraphs[$0].text }.joined(separator: " "))
      }
      units.append(Unit(tuid: String(index + 1), tuv: variants))
    }
    body = Body(tu: units)
  }

  /// The document as XML text.
  func xml() throws -> String {
    let encoder = XMLEncoder()
    encoder.outputFormatting = [.prettyPrinted]
    let data = try encoder.encode(
      self, withRootKey: "tmx", header: XMLHeader(version: 1.0, encoding: "UTF-8"))
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
