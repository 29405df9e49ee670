import Foundation
import Synchronization

/// The stems (dictionary forms) of Ukrainian and Russian words from the system's Hunspell
/// dictionaries (Debian `hunspell-uk`, `hunspell-ru`), which know hundreds of thousands of word
/// forms, proper names among them: `Відні` → `Відень`, `Кривому Розі` → `Кривий Ріг`,
/// `Харькове` → `Харьков`.
///
/// The dictionaries are optional: a language whose `.aff`/`.dic` pair is not found gives no
/// stems, and ``NameKey`` falls back to its own ending rules. Each dictionary is loaded on first
/// use (loading one starts loading the other in the background, since an article needs both),
/// and every word's stems are kept in a bounded cache. The ``shared`` stemmer, which serves
/// ``NameKey``, loads only the entries that can be part of a name (``EntrySelection/names``):
/// a sixth of the Ukrainian dictionary, loaded in about 0.05 s instead of 0.4 s.
///
/// ```swift
/// let stemmer = HunspellStemmer.shared
/// stemmer.stems(of: "Києві", in: .uk)          // ["кий", "Київ", "Кий"]
/// stemmer.unavailableReason(for: .ru)          // nil when ru_RU.dic was found
/// ```
public final class HunspellStemmer: Sendable {
  /// Which entries of a dictionary to load.
  public struct EntrySelection: Sendable {
    /// Whether to load the entry whose word has these UTF-8 bytes; nil loads every entry.
    let keeps: (@Sendable (ArraySlice<UInt8>) -> Bool)?

    /// Every entry: the stems of any word.
    public static let all = EntrySelection(keeps: nil)

    /// The entries that can be part of a name: every capitalized entry (the proper names, in
    /// whose forms a dictionary lists names), and the common words of the name table's
    /// multi-word names and adjectives (сполучений, штат, український). A word outside them
    /// gets no stems, as a word the dictionary does not know.
    public static let names = EntrySelection(keeps: NameEntryFilter.shared.keeps)
  }

  /// The stemmer over the name entries (``EntrySelection/names``) of the dictionaries found on
  /// ``defaultSearchPath``.
  public static let shared = HunspellStemmer(searchPath: defaultSearchPath, entries: .names)

  /// A stemmer without dictionaries: every word has no stems (the rules-only behaviour).
  public static let none = HunspellStemmer(searchPath: [])

  /// The environment variable that replaces the search path: folders separated by colons.
  public static let searchPathVariable = "TRIGLOT_HUNSPELL_PATH"

  /// Where dictionaries are looked for: the folders in `TRIGLOT_HUNSPELL_PATH` when it is set
  /// (an empty value turns the dictionaries off), otherwise the usual places of Debian, other
  /// Linux distributions and Homebrew.
  public static var defaultSearchPath: [String] {
    if let value = ProcessInfo.processInfo.environment[searchPathVariable] {
      return value.split(separator: ":").map(String.init)
    }
    return [
      "/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell",
      "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell",
    ]
  }

  /// The languages the stemmer has dictionaries for.
  public static let languages: [Language] = [.uk, .ru]

  /// The folders searched, in order.
  public let searchPath: [String]

  private let slots: [Language: Slot]

  /// Creates a stemmer that looks for `uk_UA` and `ru_RU` dictionaries (or `uk`, `ru`) in the
  /// folders of `searchPath` and loads the `entries` chosen; each language keeps at most
  /// `cacheCapacity` words' stems.
  public init(searchPath: [String], entries: EntrySelection = .all, cacheCapacity: Int = 65_536) {
    self.searchPath = searchPath
    var slots: [Language: Slot] = [:]
    for language in Self.languages {
      slots[language] = Slot(
        language: language, searchPath: searchPath, entries: entries,
        cacheCapacity: cacheCapacity)
    }
    self.slots = slots
  }

  /// The stems of `word` in the dictionary of `language`, in Hunspell's order; empty when the
  /// dictionary does not know the word, is not installed, or `language` has none.
  ///
  /// - Complexity: a cache look-up; on a miss one dictionary look-up (20–30 µs). The first call
  ///   for a language loads its dictionary (about 0.5 s for Ukrainian).
  public func stems(of word: String, in language: Language) -> [String] {
    guard let slot = slots[language], let dictionary = dictionary(for: language) else {
      return []
    }
    if let known = slot.cache.withLock({ $0[word] }) { return known }
    let stems = dictionary.stems(of: word)
    slot.cache.withLock { cache in
      if cache.count >= slot.cacheCapacity { cache.removeAll(keepingCapacity: true) }
      cache[word] = stems
    }
    return stems
  }

  /// The dictionary of `language`, loaded on first use; nil when none was found.
  public func dictionary(for language: Language) -> HunspellDictionary? {
    guard let slot = slots[language] else { return nil }
    let (state, firstLoad) = slot.load()
    if firstLoad {
      // An article needs both languages: load the others on another core meanwhile.
      for other in Self.languages where other != language {
        guard let otherSlot = slots[other], !otherSlot.hasStarted else { continue }
        DispatchQueue.global(qos: .userInitiated).async { _ = otherSlot.load() }
      }
    }
    if case .loaded(let dictionary) = state { return dictionary }
    return nil
  }

  /// Whether the dictionary of `language` is installed and loads.
  public func isAvailable(_ language: Language) -> Bool {
    dictionary(for: language) != nil
  }

  /// Why `language` has no dictionary (what was looked for where, or why it did not load); nil
  /// when it has one.
  public func unavailableReason(for language: Language) -> String? {
    guard let slot = slots[language] else {
      return "no Hunspell dictionary is used for \(language.englishName)"
    }
    if case .unavailable(let reason) = slot.load().state { return reason }
    return nil
  }

  /// One language's dictionary, loaded once, and its cache of stems.
  private final class Slot: Sendable {
    enum State: Sendable {
      case notLoaded
      case loaded(HunspellDictionary)
      case unavailable(String)
    }

    let language: Language
    let searchPath: [String]
    let entries: EntrySelection
    let cacheCapacity: Int
    let state = Mutex(State.notLoaded)
    let cache = Mutex([String: [String]]())

    init(language: Language, searchPath: [String], entries: EntrySelection, cacheCapacity: Int) {
      self.language = language
      self.searchPath = searchPath
      self.entries = entries
      self.cacheCapacity = cacheCapacity
    }

    /// The file names tried in each folder, best first.
    var names: [String] { language == .uk ? ["uk_UA", "uk"] : ["ru_RU", "ru"] }

    var hasStarted: Bool {
      state.withLock {
        if case .notLoaded = $0 { return false }
        return true
      }
    }

    /// The state after loading, loading the dictionary if no one has yet (other callers wait
    /// meanwhile), and whether this call loaded it.
    func load() -> (state: State, firstLoad: Bool) {
      state.withLock { state in
        if case .notLoaded = state {
          state = find()
          return (state, true)
        }
        return (state, false)
      }
    }

    private func find() -> State {
      let files = FileManager.default
      for folder in searchPath {
        for name in names {
          let base = (folder as NSString).appendingPathComponent(name)
          guard files.fileExists(atPath: base + ".dic") else { continue }
          do {
            if let keeps = entries.keeps {
              return .loaded(
                try HunspellDictionary(
                  affixPath: base + ".aff", dictionaryPath: base + ".dic", keeping: keeps))
            }
            return .loaded(
              try HunspellDictionary(affixPath: base + ".aff", dictionaryPath: base + ".dic"))
          } catch {
            return .unavailable(error.localizedDescription)
          }
        }
      }
      let tried = searchPath.isEmpty ? "an empty search path" : searchPath.joined(separator: ", ")
      return .unavailable(
        "no Hunspell dictionary \(names.map { $0 + ".dic" }.joined(separator: " or ")) in "
          + "\(tried); install hunspell-\(language.rawValue) (apt-get) or set "
          + "\(HunspellStemmer.searchPathVariable)")
    }
  }
}
