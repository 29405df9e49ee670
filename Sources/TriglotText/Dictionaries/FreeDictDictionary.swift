import CZlib
import Foundation

/// A bilingual dictionary in the dictd format FreeDict publishes and Debian installs
/// (`dict-freedict-eng-rus`: `/usr/share/dictd/freedict-eng-rus.index` and `.dict.dz`): each
/// headword with the words that translate it, `shop` → `магазин`, `absent` → `отсутствующий`.
///
/// The index lists each entry's headword, offset and length (in dictd's base-64 digits) in the
/// data file, a gzip (dictzip) file read through the CZlib shim. An entry's first line repeats
/// the headword with its pronunciation; the lines after it give translations, comma-separated,
/// optionally numbered by sense (`1. американский`). The database's own entries
/// (`00databaseinfo` …) are skipped.
public struct FreeDictDictionary: Sendable {
  /// Each headword, lower case, with its translations in the order the entry gives them.
  public var entries: [String: [String]]

  /// The most bytes the data file may inflate to: FreeDict's largest dictionaries are a few
  /// tens of megabytes; a file that claims more is damaged.
  public static let inflatedLimit = 256 << 20

  /// Reads the dictionary whose index is `indexPath` and whose data is `dataPath` (`.dict.dz`,
  /// or an uncompressed `.dict`).
  ///
  /// - Throws: ``TriglotTextError/unreadableDictionary(path:reason:)`` naming the file that
  ///   cannot be read, is not gzip data, or whose index points outside the data.
  public init(indexPath: String, dataPath: String) throws(TriglotTextError) {
    guard let indexData = FileManager.default.contents(atPath: indexPath) else {
      throw .unreadableDictionary(path: indexPath, reason: "cannot read the file")
    }
    guard let compressed = FileManager.default.contents(atPath: dataPath) else {
      throw .unreadableDictionary(path: dataPath, reason: "cannot read the file")
    }
    let data = dataPath.hasSuffix(".dz") ? try Self.inflate(compressed, path: dataPath)
      : [UInt8](compressed)
    guard let index = String(bytes: indexData, encoding: .utf8) else {
      throw .unreadableDictionary(path: indexPath, reason: "the index is not UTF-8 text")
    }
    var entries: [String: [String]] = [:]
    for (number, line) in index.split(separator: "\n", omittingEmptySubsequences: true)
      .enumerated()
    {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 3, let offset = Self.base64Number(fields[1]),
        let length = Self.base64Number(fields[2])
      else {
        throw .unreadableDictionary(
          path: indexPath, reason: "line \(number + 1) is not 'headword<TAB>offset<TAB>length'")
      }
      guard offset + length <= data.count else {
        throw .unreadableDictionary(
          path: indexPath,
          reason: "line \(number + 1) points past the end of \(dataPath) (\(data.count) bytes)")
      }
      let headword = fields[0].lowercased()
      if headword.hasPrefix("00database") { continue }
      let body = String(decoding: data[offset..<offset + length], as: UTF8.self)
      let translations = Self.translations(inEntry: body)
      if !translations.isEmpty { entries[headword, default: []] += translations }
    }
    self.entries = entries
  }

  /// The translations of one entry's text: every line after the first, split at commas and
  /// semicolons, sense numbers and trailing notes removed.
  static func translations(inEntry body: String) -> [String] {
    body.split(separator: "\n").dropFirst().flatMap { line -> [String] in
      var text = Substring(line.trimmingCharacters(in: .whitespaces))
      // "1. американский": the sense number goes.
      if let dot = text.firstIndex(of: "."), text[..<dot].allSatisfy(\.isNumber),
        dot != text.startIndex
      {
        text = text[text.index(after: dot)...]
      }
      return text.split(whereSeparator: { $0 == "," || $0 == ";" }).map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }.filter { !$0.isEmpty }
    }
  }

  /// A number in dictd's base-64 digits (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`), most
  /// significant first.
  static func base64Number(_ digits: Substring) -> Int? {
    guard !digits.isEmpty, digits.count <= 10 else { return nil }
    var value = 0
    for scalar in digits.unicodeScalars {
      let digit: Int
      switch scalar {
      case "A"..."Z": digit = Int(scalar.value) - 65
      case "a"..."z": digit = Int(scalar.value) - 97 + 26
      case "0"..."9": digit = Int(scalar.value) - 48 + 52
      case "+": digit = 62
      case "/": digit = 63
      default: return nil
      }
      value = value * 64 + digit
    }
    return value
  }

  private static func inflate(_ data: Data, path: String) throws(TriglotTextError) -> [UInt8] {
    var output: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = data.withUnsafeBytes { raw in
      czlib_gunzip(
        raw.bindMemory(to: UInt8.self).baseAddress, raw.count, inflatedLimit, &output, &length)
    }
    defer { czlib_free(output) }
    switch status {
    case 0:
      guard let output else { return [] }
      return Array(UnsafeBufferPointer(start: output, count: length))
    case CZLIB_TOO_LARGE:
      throw .unreadableDictionary(
        path: path, reason: "it inflates to more than \(inflatedLimit >> 20) MiB")
    case CZLIB_OUT_OF_MEMORY:
      throw .unreadableDictionary(path: path, reason: "out of memory while inflating it")
    default:
      throw .unreadableDictionary(path: path, reason: "it is not gzip (dictzip) data, or is cut short")
    }
  }
}
