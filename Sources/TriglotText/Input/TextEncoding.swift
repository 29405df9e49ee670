/// A character encoding of an input file: UTF-8, UTF-16 with a byte-order mark, the Cyrillic
/// legacy charsets Triglot detects (windows-1251, KOI8-R, KOI8-U), or any charset ICU converts
/// when the user names it.
public struct TextEncoding: Hashable, Sendable, CustomStringConvertible {
  /// The name users read in notes and pass to `--encoding` ("windows-1251", "KOI8-U").
  public var name: String

  /// ICU's converter name.
  var converterName: String

  private init(name: String, converterName: String) {
    self.name = name
    self.converterName = converterName
  }

  /// UTF-8, with or without a byte-order mark.
  public static let utf8 = TextEncoding(name: "UTF-8", converterName: "UTF-8")
  /// UTF-16, little-endian.
  public static let utf16LittleEndian = TextEncoding(name: "UTF-16LE", converterName: "UTF-16LE")
  /// UTF-16, big-endian.
  public static let utf16BigEndian = TextEncoding(name: "UTF-16BE", converterName: "UTF-16BE")
  /// Windows Cyrillic (code page 1251).
  public static let windows1251 = TextEncoding(name: "windows-1251", converterName: "windows-1251")
  /// KOI8-R (Russian).
  public static let koi8R = TextEncoding(name: "KOI8-R", converterName: "KOI8-R")
  /// KOI8-U (Ukrainian): KOI8-R with ґ, є, і, ї (and capitals) in place of eight box-drawing
  /// characters.
  public static let koi8U = TextEncoding(name: "KOI8-U", converterName: "KOI8-U")

  /// The legacy Cyrillic charsets detected without being named.
  public static let detectedLegacy: [TextEncoding] = [.windows1251, .koi8R, .koi8U]

  /// The encoding called `name` (any alias ICU knows: "cp1251", "koi8-u", "utf-16le",
  /// "ISO-8859-5"), or nil when ICU has no converter of that name.
  public init?(named name: String) {
    guard let canonical = ICUConverter.canonicalName(of: name) else { return nil }
    let known: [TextEncoding] = [
      .utf8, .utf16LittleEndian, .utf16BigEndian, .windows1251, .koi8R, .koi8U,
    ]
    if let match = known.first(where: {
      ICUConverter.canonicalName(of: $0.converterName) == canonical
    }) {
      self = match
    } else {
      self.init(name: name, converterName: name)
    }
  }

  public var description: String { name }
}
