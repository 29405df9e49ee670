import TriglotText

/// `name-spelling`: one person or place spelled two ways within the English edition (Yusov in one
/// paragraph, Iusov in another), or spelled off a chosen transliteration standard.
///
/// Mentions are the same name when their keys agree (``ParagraphFacts/names``). Spellings are
/// compared without case and without a possessive ’s; one spelling that merely extends another
/// (Oleksandr / Oleksandra) is a different form, not a different spelling. The most frequent
/// spelling is taken as the edition's own; each group holding another spelling is reported.
public struct NameSpellingRule: AuditRule {
  public let id = "name-spelling"
  public let severity = Severity.warning
  public let summary = "a name spelled two ways within the English edition, or off --standard"
  /// Gives the spelling a standard expects for a name: the mention in the Latin edition and its
  /// counterparts (same key) in the aligned Cyrillic paragraphs; `nil` when it cannot tell.
  public typealias Standard = @Sendable (_ latin: String, _ cyrillic: [Language: [String]]) ->
    String?
  /// The chosen standard's expectation, when `--standard` is given.
  public var standard: Standard?
  /// The standard's name for messages ("kmu-2010").
  public var standardName: String?

  /// Creates the rule; with `standard`, mentions spelled otherwise than it expects are reported
  /// too.
  public init(standard: Standard? = nil, standardName: String? = nil) {
    self.standard = standard
    self.standardName = standardName
  }

  private struct Mention {
    var group: Int
    var value: AuditValue
    var spelling: String
  }

  public func findings(in context: AuditContext) -> [Finding] {
    guard context.languages.contains(.en) else { return [] }
    var mentions: [Mention] = []
    for group in context.alignment.groups.indices {
      for facts in context.articleFacts(.en, inGroup: group) {
        mentions += facts.names.map {
          Mention(group: group, value: $0, spelling: Self.spelling($0.text))
        }
      }
    }
    var reported: Set<[String]> = []
    var result: [Finding] = []
    for (key, same) in Dictionary(grouping: mentions, by: \.value.key).sorted(by: { $0.key < $1.key }) {
      let counts = same.reduce(into: [String: Int]()) { $0[$1.spelling, default: 0] += 1 }
      guard counts.count > 1 else { continue }
      let preferred = same.map(\.spelling).max { counts[$0]! < counts[$1]! }!
      for mention in same where mention.spelling != preferred {
        guard !Self.isForm(mention.spelling, of: preferred),
          reported.insert([key, String(mention.group), mention.spelling]).inserted
        else { continue }
        let usual = same.first { $0.spelling == preferred }!.value.text
        result.append(
          finding(
            mention, in: context,
            message: "English edition spells \(mention.value.text) here but \(usual) "
              + "elsewhere (\(counts[preferred]!) time\(counts[preferred]! == 1 ? "" : "s"))"))
      }
    }
    if let standard {
      for mention in mentions {
        let cyrillic = counterparts(of: mention, in: context)
        guard let expected = standard(mention.value.text, cyrillic),
          Self.spelling(expected) != mention.spelling,
          reported.insert([mention.value.key, String(mention.group), mention.spelling]).inserted
        else { continue }
        result.append(
          finding(
            mention, in: context,
            message: "English edition spells \(mention.value.text) where "
              + "\(standardName ?? "the chosen standard") gives \(expected)"))
      }
    }
    return result.sorted { $0.group < $1.group }
  }

  private func counterparts(of mention: Mention, in context: AuditContext) -> [Language: [String]] {
    var result: [Language: [String]] = [:]
    for language in context.languages where language != .en {
      let names = context.articleFacts(language, inGroup: mention.group).flatMap(\.names)
      result[language] = names.filter { $0.key == mention.value.key }.map(\.text).uniqued()
    }
    return result
  }

  private func finding(_ mention: Mention, in context: AuditContext, message: String) -> Finding {
    var values = counterparts(of: mention, in: context)
    values[.en] = [mention.value.text]
    return Finding(
      rule: id, severity: severity, group: mention.group, edition: .en,
      paragraphs: context.paragraphs(ofGroup: mention.group), values: values, message: message)
  }

  /// The spelling compared: lower-cased, without a possessive ’s.
  static func spelling(_ text: String) -> String {
    var word = text.lowercased()
    for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(2) }
    return word
  }

  /// Whether one spelling extends the other (a different grammatical or gender form).
  static func isForm(_ a: String, of b: String) -> Bool {
    a.hasPrefix(b) || b.hasPrefix(a)
  }
}
