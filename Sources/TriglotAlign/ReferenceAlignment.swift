import Foundation
import TriglotText

/// A hand-made (gold) alignment of an article, as stored in a Corpora `gold.json`:
/// `{"version":1,"groups":[{"uk":[0],"en":[],"ru":[]},…],"boilerplate":{"uk":[0],…},…}`,
/// and optionally the true sentence groups of the article paragraphs,
/// `"sentences":[{"uk":[[3,0],[3,1]],"en":[[2,0]],"ru":[[2,0],[2,1]]},…]`, each sentence as
/// [paragraph, sentence in the paragraph] as ``TriglotText/SentenceSplitter`` splits it.
public struct ReferenceAlignment: Sendable, Hashable {
  /// The true groups, in document order (confidence 1).
  public var groups: [AlignmentGroup]
  /// Per language, the indices of the boilerplate paragraphs.
  public var boilerplate: [Language: [Int]]
  /// The true sentence groups, in document order (confidence 1), or nil when the gold has
  /// none.
  public var sentenceGroups: [SentenceGroup]?

  /// Creates a reference alignment.
  public init(
    groups: [AlignmentGroup], boilerplate: [Language: [Int]] = [:],
    sentenceGroups: [SentenceGroup]? = nil
  ) {
    self.groups = groups
    self.boilerplate = boilerplate
    self.sentenceGroups = sentenceGroups
  }

  /// Decodes a `gold.json` document; `source` names it in error messages.
  public init(json: Data, source: String) throws(ReferenceAlignmentError) {
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: json)
    } catch {
      throw ReferenceAlignmentError(source: source, reason: Self.describe(error))
    }
    groups = file.groups.map { group in
      var paragraphs: [Language: [Int]] = [:]
      for (key, indices) in group {
        if let language = Language(rawValue: key) { paragraphs[language] = indices }
      }
      return AlignmentGroup(paragraphs: paragraphs, confidence: 1)
    }
    var boilerplate: [Language: [Int]] = [:]
    for (key, indices) in file.boilerplate ?? [:] {
      if let language = Language(rawValue: key) { boilerplate[language] = indices }
    }
    self.boilerplate = boilerplate
    sentenceGroups = try file.sentences.map { groups throws(ReferenceAlignmentError) in
      var result: [SentenceGroup] = []
      for (number, group) in groups.enumerated() {
        var sentences: [Language: [SentenceID]] = [:]
        for (key, pairs) in group {
          guard let language = Language(rawValue: key) else { continue }
          sentences[language] = try pairs.map { pair throws(ReferenceAlignmentError) in
            guard pair.count == 2, pair.allSatisfy({ $0 >= 0 }) else {
              throw ReferenceAlignmentError(
                source: source,
                reason: "sentence group \(number + 1), \(key): \(pair) is not [paragraph, "
                  + "sentence]")
            }
            return SentenceID(paragraph: pair[0], sentence: pair[1])
          }
        }
        result.append(SentenceGroup(sentences: sentences, confidence: 1))
      }
      return result
    }
  }

  /// Checks the groups against the article they describe: in each language with
  /// `paragraphCounts[language]` paragraphs, every paragraph in exactly one group, in document
  /// order, and no index outside the article. A gold file that fails this would score the
  /// aligner against alignments it can never produce (or crash the scoring with an index out of
  /// range).
  ///
  /// - Throws: ``ReferenceAlignmentError`` naming `source`, the group and the index.
  public func check(paragraphCounts: [Language: Int], source: String)
    throws(ReferenceAlignmentError)
  {
    for (language, count) in paragraphCounts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      var next = 0
      for (number, group) in groups.enumerated() {
        for index in group[language] {
          guard index >= 0, index < count else {
            throw ReferenceAlignmentError(
              source: source,
              reason: "group \(number + 1), \(language.rawValue): paragraph \(index) is not in the "
                + "edition, whose paragraphs are 0 to \(count - 1)")
          }
          guard index == next else {
            throw ReferenceAlignmentError(
              source: source,
              reason: "group \(number + 1), \(language.rawValue): paragraph \(index) where \(next) "
                + "comes next; the groups must take every paragraph once, in order")
          }
          next += 1
        }
      }
      guard next == count else {
        throw ReferenceAlignmentError(
          source: source,
          reason: "\(language.rawValue): paragraphs \(next) to \(count - 1) are in no group")
      }
    }
  }

  private struct File: Decodable {
    var groups: [[String: [Int]]]
    var boilerplate: [String: [Int]]?
    var sentences: [[String: [[Int]]]]?
  }

  private static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "missing key '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.dataCorrupted(let context):
      context.debugDescription
    default: error.localizedDescription
    }
  }
}

/// A `gold.json` that cannot be read as a reference alignment.
public struct ReferenceAlignmentError: Error, Equatable, Sendable, LocalizedError {
  /// The file or label of the document.
  public var source: String
  /// What is wrong with it.
  public var reason: String

  public var errorDescription: String? {
    "\(source): not a valid gold alignment (\(reason)); expected "
      + "{\"groups\":[{\"uk\":[…],\"en\":[…],\"ru\":[…]},…]}"
  }
}
