/// Control characters made visible in what the CLI prints for a terminal or a TSV row: a file
/// name holding `ESC ] 0;…` must not retitle the terminal the message is read in, and a line
/// separator must not split a row.
///
/// Article text has had its control characters taken out when it was read
/// (`ControlCharacterFilter`); what is left to guard is text that is not read through it (file
/// names, command-line arguments) and the line breaks that text legitimately holds.
enum VisibleControls {
  /// `text` with every C0 and C1 control character but tab and line feed, DEL, U+2028 and
  /// U+2029, and the bidirectional embedding, override and isolate controls written as
  /// `\u{…}`.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        result.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `scalar` is written as an escape.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
