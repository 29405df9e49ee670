/// The edition differences the generator adds to a copy of an article, at rates per 1-1-1
/// paragraph group (per edition for boilerplate). The defaults are about what the Corpora's gold
/// alignments show (412 article paragraph groups: 14 with an edition lacking the paragraph, 18
/// merges or splits, 9 changed numbers or dates; 127 boilerplate paragraphs in 42 editions), so
/// a generated article carries its source's differences and about as many again.
struct ArticleEdits {
  /// A paragraph left out of one edition.
  var omission = 0.03
  /// A paragraph joined to the next one in one edition.
  var merge = 0.02
  /// A paragraph cut in two at a sentence end in one edition.
  var split = 0.02
  /// A number changed in one edition's paragraph.
  var changedNumber = 0.02
  /// Per edition and article: one more boilerplate paragraph (a promo or share prompt of the
  /// Corpora) at a random place.
  var boilerplate = 0.5

  /// `blocks` with the edits drawn from `random`; `furniture` holds each edition's boilerplate
  /// paragraphs to insert.
  func apply(
    to blocks: [Block], furniture: [Edition: [String]], using random: inout SeededGenerator
  ) -> [Block] {
    var blocks = blocks
    var index = 0
    while index < blocks.count {
      if blocks[index].isOneToOneToOne, let edition = Edition.allCases.randomElement(using: &random)
      {
        let text = blocks[index].paragraphs[edition]![0]
        switch Double.random(in: 0..<1, using: &random) {
        case ..<omission:
          blocks[index].paragraphs[edition] = []
        case ..<(omission + merge):
          guard index + 1 < blocks.count, blocks[index + 1].isOneToOneToOne else { break }
          let next = blocks[index + 1].paragraphs[edition]![0]
          blocks[index].paragraphs[edition] = [text + " " + next]
          blocks[index + 1].paragraphs[edition] = []
          index += 1
        case ..<(omission + merge + split):
          guard let halves = Self.halves(of: text) else { break }
          blocks[index].paragraphs[edition] = [halves.0, halves.1]
        case ..<(omission + merge + split + changedNumber):
          guard let changed = Self.changingANumber(in: text) else { break }
          blocks[index].paragraphs[edition] = [changed]
        default:
          break
        }
      }
      index += 1
    }
    for edition in Edition.allCases where random.chance(boilerplate) {
      guard let line = furniture[edition]?.randomElement(using: &random) else { continue }
      var block = Block(paragraphs: [:], isBoilerplate: true)
      for other in Edition.allCases { block.paragraphs[other] = other == edition ? [line] : [] }
      blocks.insert(block, at: Int.random(in: 1...blocks.count, using: &random))
    }
    return blocks
  }

  /// `text` cut at the sentence end (". " before a capital) nearest its middle, or nil when it
  /// has one sentence.
  static func halves(of text: String) -> (String, String)? {
    let middle = text.count / 2
    var best: (cut: String.Index, distance: Int)?
    var offset = 0
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if ".!?".contains(text[index]), next < text.endIndex, text[next] == " ",
        text.index(after: next) < text.endIndex, text[text.index(after: next)].isUppercase,
        abs(offset - middle) < best?.distance ?? .max
      {
        best = (next, abs(offset - middle))
      }
      offset += 1
      index = next
    }
    guard let cut = best?.cut else { return nil }
    return (String(text[..<cut]), String(text[text.index(after: cut)...]))
  }

  /// `text` with the last digit of its first number of two or more digits raised by one (9 becomes
  /// 0), or nil when it has none.
  static func changingANumber(in text: String) -> String? {
    var characters = Array(text)
    var start = 0
    while start < characters.count {
      guard characters[start].isASCII, characters[start].isNumber else {
        start += 1
        continue
      }
      var end = start
      while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
      if end - start >= 2 {
        let digit = characters[end - 1].wholeNumberValue!
        characters[end - 1] = Character(String((digit + 1) % 10))
        return String(characters)
      }
      start = end
    }
    return nil
  }
}
