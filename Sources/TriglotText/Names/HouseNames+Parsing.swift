import Foundation

extension HouseNames {
  /// Reads a house-style list: one name a line, `CYRILLIC<TAB>LATIN[<TAB>NOTE]`; a line whose
  /// first non-blank character is `#` is a comment, a blank line is skipped, fields are trimmed.
  ///
  /// - Throws: ``TriglotTextError/invalidNameList(source:line:reason:)`` naming `source` and the
  ///   line of the first bad row: no tab, a field too many, an empty form, a Cyrillic form with
  ///   Latin letters or none of its own, a Latin form with Cyrillic letters or no letter, or a
  ///   name listed twice with two spellings.
  /// - Complexity: O(*n*) in the length of `text`.
  public init(parsing text: String, source: String) throws(TriglotTextError) {
    var entries: [Entry] = []
    var seen: [String: Entry] = [:]
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (offset, raw) in lines.enumerated() {
      let line = offset + 1
      let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      func bad(_ reason: String) -> TriglotTextError {
        .invalidNameList(source: source, line: line, reason: reason)
      }
      let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      guard fields.count >= 2 else {
        throw bad("no tab between the Cyrillic and the Latin form in “\(trimmed)”")
      }
      guard fields.count <= 3 else {
        throw bad("\(fields.count) tab-separated fields where a line has two or three")
      }
      let (cyrillic, latin) = (fields[0], fields[1])
      let note = fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil
      guard !cyrillic.isEmpty else { throw bad("the Cyrillic form (first field) is empty") }
      guard !latin.isEmpty else { throw bad("the Latin form (second field) is empty") }
      guard cyrillic.unicodeScalars.contains(where: Self.isCyrillicLetter),
        !cyrillic.unicodeScalars.contains(where: Self.isLatinLetter)
      else {
        throw bad("the first field “\(cyrillic)” is not a Cyrillic name")
      }
      guard latin.unicodeScalars.contains(where: Self.isLatinLetter),
        !latin.unicodeScalars.contains(where: Self.isCyrillicLetter)
      else {
        throw bad("the second field “\(latin)” is not a Latin spelling")
      }
      let entry = Entry(cyrillic: cyrillic, latin: latin, note: note, line: line)
      let key = entry.cyrillicWords.map { $0.lowercased() }.joined(separator: " ")
      if let earlier = seen[key] {
        guard earlier.latin == latin else {
          throw bad(
            "“\(cyrillic)” is listed twice: line \(earlier.line) spells it \(earlier.latin), "
              + "this line \(latin)")
        }
        continue
      }
      seen[key] = entry
      entries.append(entry)
    }
    self.init(entries: entries, source: source)
  }

  static func isCyrillicLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x400...0x4FF).contains(scalar.value) && scalar.properties.isAlphabetic
  }

  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic && !isCyrillicLetter(scalar)
      && (scalar.value < 0x370 || (0x1E00...0x1EFF).contains(scalar.value))
  }
}
