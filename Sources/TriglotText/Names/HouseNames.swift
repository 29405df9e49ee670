/// A newsroom's own Latin spellings of names — its house style — which win over a
/// transliteration standard: an outlet writes `Andriy Yusov` or keeps `Wagner` where KMU 2010
/// gives `Andrii Iusov` and `Vahner`.
///
/// The list is a tab-separated text, one name a line: the Cyrillic form, the preferred Latin
/// form, and optionally a note; `#` starts a comment line, and blank lines are skipped.
///
/// ```
/// # Cyrillic<TAB>Latin<TAB>note
/// Юсов	Yusov	Andriy Yusov, GUR spokesman
/// Вагнер	Wagner	the private military company
/// ```
///
/// ```swift
/// let house = try HouseNames(parsing: text, source: "house.tsv")
/// let kmu = try Transliterator(TransliterationStandard.defaultStandard(for: .uk)!)
/// try house.transliterate("Андрій Юсов і Юсова", with: kmu)   // "Andriy Yusov i Yusova"
/// ```
public struct HouseNames: Sendable, Hashable {
  /// One listed name.
  public struct Entry: Sendable, Hashable {
    /// The Cyrillic form, as listed (`Юсов`, `Андрій Юсов`).
    public var cyrillic: String
    /// The preferred Latin form (`Yusov`).
    public var latin: String
    /// The note, if the line has one.
    public var note: String?
    /// The line of the list the entry is on (1-based), for messages.
    public var line: Int

    /// Creates an entry.
    public init(cyrillic: String, latin: String, note: String? = nil, line: Int = 0) {
      self.cyrillic = cyrillic
      self.latin = latin
      self.note = note
      self.line = line
    }

    /// The words of the Cyrillic form and of the Latin form (split at spaces and hyphens).
    public var cyrillicWords: [String] { HouseNames.words(of: cyrillic) }
    /// The words of the Latin form.
    public var latinWords: [String] { HouseNames.words(of: latin) }
  }

  /// The entries, in the order of the list.
  public let entries: [Entry]
  /// Where the list came from ("house.tsv"), for messages.
  public let source: String

  /// Entries by the lower-cased first word of their Cyrillic form, longest name first.
  let byFirstWord: [String: [Entry]]

  /// Creates a list from entries.
  public init(entries: [Entry], source: String = "house names") {
    self.entries = entries
    self.source = source
    var byFirstWord: [String: [Entry]] = [:]
    for entry in entries {
      guard let first = entry.cyrillicWords.first else { continue }
      byFirstWord[first.lowercased(), default: []].append(entry)
    }
    self.byFirstWord = byFirstWord.mapValues { list in
      list.sorted { $0.cyrillicWords.count > $1.cyrillicWords.count }
    }
  }

  /// Whether the list has no entry.
  public var isEmpty: Bool { entries.isEmpty }

  /// The entry listing `name` itself (any letter case), if there is one.
  public func entry(for name: String) -> Entry? {
    let words = Self.words(of: name)
    guard let first = words.first else { return nil }
    return byFirstWord[first.lowercased()]?.first { entry in
      entry.cyrillicWords.map { $0.lowercased() } == words.map { $0.lowercased() }
    }
  }

  /// Splits a name into words at white space and hyphens.
  static func words(of name: String) -> [String] {
    name.split { $0.isWhitespace || $0 == "-" || $0 == "‐" }.map(String.init)
  }
}

extension HouseNames: Equatable {
  public static func == (lhs: HouseNames, rhs: HouseNames) -> Bool {
    lhs.entries == rhs.entries && lhs.source == rhs.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(entries)
    hasher.combine(source)
  }
}
