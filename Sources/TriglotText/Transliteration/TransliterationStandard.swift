/// A published standard for writing Ukrainian or Russian in Latin letters, defined by an ICU
/// transform rule file.
///
/// The rule files live in the repository's `Rules/` folder (`uk-kmu-2010.txt`, `ru-iso-9.txt`…)
/// and are compiled into the binary as string literals, so a standard never depends on a file
/// being installed. Each file starts with a header of `# key: value` lines naming the standard,
/// its year and its source document; this type reads its metadata from that header.
public struct TransliterationStandard: Sendable, Hashable, Identifiable {
  /// The short ID users type (`kmu-2010`, `iso-9`). Unique within a language.
  public let id: String
  /// The language whose Cyrillic letters the standard covers (`.uk` or `.ru`).
  public let language: Language
  /// The standard's full name ("Ukrainian national system (KMU 2010…)").
  public let name: String
  /// The year the standard was published, when it has one.
  public let year: Int?
  /// The document that defines the standard.
  public let source: String
  /// Whether this is the language's default standard.
  public let isDefault: Bool
  /// The ICU transform rules, exactly as in the rule file.
  public let rules: String
  /// Whether the rules are two-way, so that ``Transliterator`` can also run them in reverse
  /// (true for the reversible `iso-9`).
  public let isReversible: Bool

  /// Every standard, Ukrainian first, each language's default first, then by ID.
  public static let all: [TransliterationStandard] = TransliterationRuleTexts.files
    .compactMap { TransliterationStandard(fileName: $0.name, text: $0.text) }
    .sorted { lhs, rhs in
      if lhs.language != rhs.language { return lhs.language < rhs.language }
      if lhs.isDefault != rhs.isDefault { return lhs.isDefault }
      return lhs.id < rhs.id
    }

  /// The languages that have standards (`[.uk, .ru]`).
  public static let languages: [Language] = [.uk, .ru]

  /// The standards of `language`, its default first.
  public static func standards(for language: Language) -> [TransliterationStandard] {
    all.filter { $0.language == language }
  }

  /// The default standard of `language` (`kmu-2010` for Ukrainian, `bgn-pcgn` for Russian), or
  /// nil for a language without standards.
  public static func defaultStandard(for language: Language) -> TransliterationStandard? {
    all.first { $0.language == language && $0.isDefault }
  }

  /// The standard of `language` whose ID is `id` (case-insensitive), or nil.
  public static func standard(id: String, language: Language) -> TransliterationStandard? {
    let wanted = id.lowercased()
    return all.first { $0.language == language && $0.id == wanted }
  }

  /// Reads a standard from a rule file's header; nil when the header lacks an ID or language.
  init?(fileName: String, text: String) {
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("#") else { break }
      let body = line.dropFirst().drop { $0 == " " }
      guard let colon = body.firstIndex(of: ":") else { continue }
      let key = String(body[..<colon])
      guard key.allSatisfy({ $0.isLetter }), fields[key] == nil else { continue }
      fields[key] = String(body[body.index(after: colon)...].drop { $0 == " " })
    }
    guard let id = fields["id"], let code = fields["language"],
      let language = Language(rawValue: code)
    else { return nil }
    self.id = id
    self.language = language
    self.name = fields["name"] ?? fileName
    self.year = fields["year"].flatMap { Int($0) }
    self.source = fields["source"] ?? ""
    self.isDefault = fields["default"] == "yes"
    self.rules = text
    self.isReversible = text.contains("<>")
  }
}
