import TriglotText

/// `anchors`: the number, date and name extractors (each alone and through
/// ``ParagraphAnchors``) in a language chosen by the first byte, on any text. Checks that every
/// anchor's range lies inside the text.
enum AnchorsTarget {
  private static let languages: [Language?] = [.uk, .en, .ru, .other, .mixed, nil]

  static func run(_ input: inout FuzzInput) {
    let language = input.choose(languages)
    let text = input.restAsText()
    let count = text.unicodeScalars.count
    for number in NumberAnchor.extract(from: text, language: language) {
      SegmentChecks.checkInside(number.range, count: count, "number")
    }
    for date in DateAnchor.extract(from: text) {
      SegmentChecks.checkInside(date.range, count: count, "date")
    }
    for name in NameAnchor.extract(from: text, language: language) {
      SegmentChecks.checkInside(name.range, count: count, "name")
    }
    let anchors = ParagraphAnchors(text: text, language: language)
    _ = anchors.prefix(scalarCount: count / 2)
  }
}
