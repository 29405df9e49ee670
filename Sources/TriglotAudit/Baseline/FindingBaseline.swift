import Foundation
import TriglotText

/// The findings a desk has accepted, so that later audits of the same article leave them out:
/// `triglot audit --write-baseline FILE` records them, `--baseline FILE` hides them.
///
/// A finding is recognized by what it says, never by where it sits: its rule, the edition it
/// blames, the editions it concerns and the values it shows (for a rule without values —
/// `missing`, `untranslated`, `partial`, `moved` — a fingerprint of the paragraphs' text
/// instead). So an accepted finding stays accepted when paragraphs are added or removed
/// elsewhere in the article, and comes back when its own values or paragraph change.
///
/// ```swift
/// let baseline = FindingBaseline(accepting: audit)
/// let later = laterAudit.accepting(baseline)
/// print(later.acceptedCount)  // the findings hidden
/// ```
public struct FindingBaseline: Codable, Equatable, Sendable {
  /// The file format's version; always 1.
  public var version = 1
  /// The accepted findings, in the order they were recorded.
  public var accepted: [Entry]

  /// A baseline of `entries`.
  public init(accepted entries: [Entry] = []) {
    accepted = entries
  }

  /// A baseline that accepts every finding of `audit`; `article` names the article among
  /// several (an archive audit), `nil` for a single article.
  public init(accepting audit: ArticleAudit, article: String? = nil) {
    accepted = audit.findings.map { Entry(audit.context, $0, article: article) }
  }

  /// Reads a baseline file's JSON; `source` names the file in errors.
  ///
  /// - Throws: ``TriglotAuditError/invalidBaseline(source:reason:)`` when the data is not a
  ///   version-1 baseline.
  public init(json data: Data, source: String) throws(TriglotAuditError) {
    let version: Int?
    do {
      version = try JSONDecoder().decode(Version.self, from: data).version
    } catch {
      throw .invalidBaseline(source: source, reason: Self.reason(error))
    }
    guard version == 1 else {
      throw .invalidBaseline(
        source: source,
        reason: version.map { "version \($0) is not supported (only 1)" }
          ?? "no \"version\": 1; is it a file written by --write-baseline?")
    }
    do {
      self = try JSONDecoder().decode(FindingBaseline.self, from: data)
    } catch {
      throw .invalidBaseline(source: source, reason: Self.reason(error))
    }
  }

  /// The baseline as pretty-printed JSON with sorted keys, ending with a newline.
  public func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, arrays and dictionaries cannot fail.
    let data = (try? encoder.encode(self)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The findings of `audit` (of `article`, see ``init(accepting:article:)``) that no entry
  /// accepts, and how many were accepted; each entry accepts one finding at most.
  public func partition(_ audit: ArticleAudit, article: String? = nil) -> (
    kept: [Finding], accepted: Int
  ) {
    var unused: [Entry.Key: Int] = [:]
    for entry in accepted where entry.article == article {
      unused[entry.key, default: 0] += 1
    }
    var kept: [Finding] = []
    var count = 0
    for finding in audit.findings {
      let key = Entry(audit.context, finding, article: article).key
      if let left = unused[key], left > 0 {
        unused[key] = left - 1
        count += 1
      } else {
        kept.append(finding)
      }
    }
    return (kept, count)
  }

  private struct Version: Decodable {
    var version: Int?
  }

  /// What is wrong with the JSON, in a user's terms.
  private static func reason(_ error: any Error) -> String {
    switch error as? DecodingError {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return "not valid JSON"
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])) is missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      let detail = context.debugDescription
      return "\(path(context.codingPath)): \(detail.hasSuffix(".") ? String(detail.dropLast()) : detail)"
    default:
      return "not a baseline (\(error.localizedDescription))"
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      .trimmingPrefix(".")
      .description
  }
}
