import TriglotText

/// `readers`: ``DocumentReader`` on any bytes, as a file of a format and encoding chosen by the
/// first two bytes: the format given (text, HTML, Markdown) or found from a file name's
/// extension and by sniffing; the encoding given (UTF-8, UTF-16, windows-1251, KOI8, ISO-8859-5)
/// or detected; strict or lossy. This drives the decoder, the HTML reader (libxml2 and the
/// article extractor, at the default limits or a shallow depth limit) and the Markdown reader
/// (Ink). A thrown ``TriglotTextError`` is a reported error; the checks are that the paragraphs
/// keep the segments' contract in the document's text and, for a page or Markdown file, that
/// every paragraph has its origin.
enum ReadersTarget {
  private static let formats: [(InputFormat?, String?)] = [
    (nil, nil), (nil, "txt"), (nil, "html"), (nil, "md"), (.text, nil), (.html, nil),
    (.markdown, nil),
  ]
  private static let encodings: [TextEncoding?] = [
    nil, .utf8, .utf16LittleEndian, .utf16BigEndian, .windows1251, .koi8R, .koi8U,
    TextEncoding(named: "ISO-8859-5"),
  ]

  static func run(_ input: inout FuzzInput) {
    let (format, pathExtension) = input.choose(formats)
    let flags = input.byte()
    let encoding = encodings[Int(flags & 7) % encodings.count]
    let limits =
      flags & 0x10 == 0 ? HTMLDocument.Limits() : HTMLDocument.Limits(maxBytes: 4096, maxDepth: 8)
    let options = DocumentReader.Options(
      format: format, encoding: encoding, lossy: flags & 8 != 0, limits: limits)
    do {
      let document = try DocumentReader.read(
        input.rest(), source: "fuzz", pathExtension: pathExtension, options: options)
      if document.format != .text {
        precondition(
          document.origins.count == document.paragraphs.count,
          "readers: \(document.paragraphs.count) paragraphs but \(document.origins.count) origins")
      }
      SegmentChecks.check(document.paragraphs, of: Array(document.text.unicodeScalars), "readers")
    } catch {
      _ = error.errorDescription
    }
  }
}
