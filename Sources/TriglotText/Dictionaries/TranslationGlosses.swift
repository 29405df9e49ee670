import Foundation

/// The English words of a bilingual word list that a paragraph's words stand for, in any of the
/// three languages: the evidence that an English paragraph and a Ukrainian or Russian one say the
/// same thing when they share no name or number. `shop` and `магазині` both give the gloss
/// `shop`; `absent` and `отсутствующий` give `absent`.
///
/// The word list is FreeDict's English–Russian dictionary (Debian `dict-freedict-eng-rus`,
/// 1,693 headwords), the only packaged one that reaches these languages. English words are
/// looked up by their lemma (`shops`, `shopped`, `shopping` → `shop`). Cyrillic words are
/// looked up by consonant skeleton (first letter and the consonants after it, with the letters
/// Ukrainian and Russian spell differently folded, as ``CognateStems`` does), so a Ukrainian word
/// finds the Russian translation it shares a root with (`робота` and `работа`: `рбт`) and an
/// inflected word finds its dictionary form (`магазинах` → `магазин`). A skeleton may stand for
/// more than one headword; each counts.
///
/// The dictionary is optional: when it is not found every paragraph has no glosses and the
/// aligner works as it did without them.
public final class TranslationGlosses: Sendable {
  /// The glosses built from the dictionary on ``defaultSearchPath``, loaded on first use.
  public static let shared = TranslationGlosses(searchPath: defaultSearchPath)

  /// No word list: every paragraph has no glosses.
  public static let none = TranslationGlosses(dictionary: nil, reason: "turned off")

  /// The environment variable that replaces the search path: folders separated by colons (an
  /// empty value turns the word list off).
  public static let searchPathVariable = "TRIGLOT_FREEDICT_PATH"

  /// The folders searched for `freedict-eng-rus.index` and `freedict-eng-rus.dict.dz`.
  public static var defaultSearchPath: [String] {
    if let value = ProcessInfo.processInfo.environment[searchPathVariable] {
      return value.split(separator: ":").map(String.init)
    }
    return ["/usr/share/dictd", "/usr/local/share/dictd", "/opt/homebrew/share/dictd"]
  }

  /// Why there are no glosses (the dictionary was not found, or could not be read), or nil when
  /// the word list is loaded.
  public let unavailableReason: String?
  /// How many headwords carry glosses.
  public let headwordCount: Int

  private let englishLemmas: [String: Int32]
  private let skeletons: [String: [Int32]]
  private let headwords: [String]

  /// Glosses from the first `freedict-eng-rus` dictionary found in the folders of `searchPath`.
  public convenience init(searchPath: [String]) {
    for folder in searchPath {
      let index = folder + "/freedict-eng-rus.index"
      guard FileManager.default.fileExists(atPath: index) else { continue }
      let data = ["/freedict-eng-rus.dict.dz", "/freedict-eng-rus.dict"].map { folder + $0 }
        .first { FileManager.default.fileExists(atPath: $0) }
      guard let data else { continue }
      do {
        self.init(dictionary: try FreeDictDictionary(indexPath: index, dataPath: data), reason: nil)
      } catch {
        self.init(dictionary: nil, reason: error.errorDescription ?? "cannot be read")
      }
      return
    }
    let place = searchPath.isEmpty ? "no folder to search" : searchPath.joined(separator: ":")
    self.init(dictionary: nil, reason: "freedict-eng-rus not found in \(place)")
  }

  /// Glosses from an English–Russian `dictionary`.
  public convenience init(dictionary: FreeDictDictionary) {
    self.init(dictionary: dictionary, reason: nil)
  }

  private init(dictionary: FreeDictDictionary?, reason: String?) {
    var lemmas: [String: Int32] = [:]
    var skeletons: [String: [Int32]] = [:]
    var headwords: [String] = []
    for (headword, translations) in (dictionary?.entries ?? [:]).sorted(by: { $0.key < $1.key })
    where Self.isContentWord(headword) {
      var keys = Set<String>()
      for translation in translations {
        for word in translation.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
          if let skeleton = Self.skeleton(of: word) { keys.insert(skeleton) }
        }
      }
      guard !keys.isEmpty else { continue }
      let id = Int32(headwords.count)
      headwords.append(headword)
      lemmas[headword] = id
      for key in keys { skeletons[key, default: []].append(id) }
    }
    englishLemmas = lemmas
    self.skeletons = skeletons
    self.headwords = headwords
    headwordCount = headwords.count
    unavailableReason = dictionary == nil ? reason : nil
  }

  /// The glosses of the words of `text`, written in `language`, in text order, with repeats
  /// (a word standing for several headwords gives each of them). Empty without the word list,
  /// and for text in none of the three languages.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public func glosses(of text: String, in language: Language) -> [String] {
    guard headwordCount > 0 else { return [] }
    var result: [String] = []
    for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
      let lower = word.lowercased()
      switch language {
      case .en:
        if let id = lemma(of: lower) { result.append(headwords[Int(id)]) }
      case .uk, .ru:
        guard lower.count >= 4, let skeleton = Self.skeleton(of: Substring(lower)) else {
          continue
        }
        // The word's own skeleton, or one consonant less for an ending (`магазинах`).
        if let ids = skeletons[skeleton] ?? skeletons[String(skeleton.dropLast())],
          skeleton.count > 3 || skeletons[skeleton] != nil
        {
          result += ids.map { headwords[Int($0)] }
        }
      default:
        continue
      }
    }
    return result
  }

  /// The headword an English word form belongs to: the word itself, or the word less a plural,
  /// past, progressive or adverb ending (`cities` → `city`, `stopped` → `stop`, `making` →
  /// `make`, `quickly` → `quick`).
  private func lemma(of word: String) -> Int32? {
    var form = word
    if form.hasSuffix("'s") || form.hasSuffix("’s") { form.removeLast(2) }
    if let id = englishLemmas[form] { return id }
    for (ending, replacements) in Self.endings where form.hasSuffix(ending) {
      let base = String(form.dropLast(ending.count))
      guard base.count >= 3 else { continue }
      for replacement in replacements {
        if let id = englishLemmas[base + replacement] { return id }
      }
      // A doubled consonant before the ending: stopped, running.
      if let last = base.last, base.dropLast().last == last,
        let id = englishLemmas[String(base.dropLast())]
      {
        return id
      }
    }
    return nil
  }

  /// English inflectional endings and what may stand in their place in the headword.
  private static let endings: [(String, [String])] = [
    ("ies", ["y"]), ("ied", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ed", ["", "e"]),
    ("ing", ["", "e"]), ("ly", [""]), ("er", ["", "e"]), ("est", ["", "e"]),
  ]

  /// Whether a headword says something about content: one word of three letters or more and
  /// not a function word, whose translations ("в, на", "это") every paragraph has.
  private static func isContentWord(_ headword: String) -> Bool {
    headword.count >= 3 && headword.allSatisfy(\.isLetter) && !functionWords.contains(headword)
  }

  private static let functionWords: Set<String> = [
    "about", "above", "after", "again", "all", "also", "and", "any", "are", "been", "before",
    "being", "but", "can", "could", "each", "for", "from", "had", "has", "have", "her", "here",
    "him", "his", "how", "into", "its", "just", "more", "most", "not", "now", "only", "other",
    "our", "out", "over", "same", "she", "should", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "too",
    "under", "very", "was", "were", "what", "when", "where", "which", "while", "who", "why",
    "will", "with", "would", "you", "your",
  ]

  /// The consonant skeleton of a Cyrillic word: its first letter and the consonants after it,
  /// folded as ``CognateStems`` folds them (і ї и ы й → и, є э ё → е, ґ → г; soft and hard
  /// signs and apostrophes dropped); nil when it has fewer than three letters or a letter
  /// outside Cyrillic.
  static func skeleton(of word: Substring) -> String? {
    var skeleton = String.UnicodeScalarView()
    for (position, scalar) in word.unicodeScalars.enumerated() {
      guard let folded = CognateStems.fold(scalar) else { return nil }
      if folded == "\u{0}" { continue }
      if position == 0 || !CognateStems.vowels.contains(folded) { skeleton.append(folded) }
    }
    return skeleton.count >= 3 ? String(skeleton) : nil
  }
}
