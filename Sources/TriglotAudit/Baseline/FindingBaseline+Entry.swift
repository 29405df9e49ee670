import Foundation
import TriglotText

extension FindingBaseline {
  /// One accepted finding, as the baseline file records it.
  public struct Entry: Codable, Equatable, Sendable {
    /// The article among several (its folder, as the archive audit names it); absent for a
    /// single article.
    public var article: String?
    /// The rule that found it.
    public var rule: String
    /// The edition it blames, if one.
    public var edition: String?
    /// The editions it concerns (those with paragraphs in it), in Triglot's order.
    public var editions: [String]
    /// The values it shows, by edition, as written.
    public var values: [String: [String]]
    /// For a finding without values, a fingerprint of its paragraphs' text (FNV-1a, 64 bits,
    /// in hex, of each edition's lower-cased text with its spaces collapsed); absent otherwise.
    public var text: String?
    /// The finding's message when it was accepted, for the person reading the file; not
    /// compared.
    public var message: String

    /// The entry that accepts `finding` of `context`.
    init(_ context: AuditContext, _ finding: Finding, article: String?) {
      self.article = article
      rule = finding.rule.rawValue
      edition = finding.edition?.rawValue
      let concerned = finding.paragraphs.filter { !$0.value.isEmpty }.keys.sorted()
      editions = concerned.map(\.rawValue)
      values = Dictionary(
        uniqueKeysWithValues: finding.values.filter { !$0.value.isEmpty }.map {
          ($0.key.rawValue, $0.value)
        })
      text =
        values.isEmpty ? Self.fingerprint(context, finding.paragraphs, concerned) : nil
      message = finding.message
    }

    /// What two entries must share to accept the same finding.
    struct Key: Hashable {
      var rule: String
      var edition: String?
      var editions: [String]
      var values: [String: [String]]
      var text: String?
    }

    var key: Key {
      Key(rule: rule, edition: edition, editions: editions, values: values, text: text)
    }

    private static func fingerprint(
      _ context: AuditContext, _ paragraphs: [Language: [Int]], _ languages: [Language]
    ) -> String {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for language in languages {
        let edition = context.alignment.editions.first { $0.language == language }
        let text = (paragraphs[language] ?? []).compactMap { index in
          edition.flatMap { index < $0.paragraphs.count ? $0.paragraphs[index].text : nil }
        }.joined(separator: " ")
        let folded =
          language.rawValue + ":"
          + text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for byte in folded.utf8 {
          hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
      }
      return String(hash, radix: 16)
    }
  }
}
