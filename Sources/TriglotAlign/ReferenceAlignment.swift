import Foundation
import TriglotText

/// A hand-made (gold) alignment of an article, as stored in a Corpora `gold.json`:
/// `{"version":1,"groups":[{"uk":[0],"en":[],"ru":[]},…],"boilerplate":{"uk":[0],…},…}`.
public struct ReferenceAlignment: Sendable, Hashable {
  /// The true groups, in document order (confidence 1).
  public var groups: [AlignmentGroup]
  /// Per language, the indices of the boilerplate paragraphs.
  public var boilerplate: [Language: [Int]]

  /// Creates a reference alignment.
  public init(groups: [AlignmentGroup], boilerplate: [Language: [Int]] = [:]) {
    self.groups = groups
    self.boilerplate = boilerplate
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
  }

  private struct File: Decodable {
    var groups: [[String: [Int]]]
    var boilerplate: [String: [Int]]?
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
