/// Word endings, beginnings and letter groups that lean Ukrainian or Russian, with a weight in
/// log-odds (positive: Ukrainian, negative: Russian).
///
/// These are general facts of the two languages' morphology and spelling, not fitted to any
/// corpus:
/// - Ukrainian masculine past tense ends in -в (заявив, сказав) where Russian has -л (заявил,
///   сказал); the synthetic future ends in -тиме, -тимуть (писатиме); infinitives end in -ти
///   (робити, пити) where Russian has -ть; first-person plural verbs end in -мо (зробимо);
///   reflexive past forms keep -ся after a vowel (домовилися) where Russian has -сь (остались)
///   and -лся (скоротився, Russian сократился); verbs in -увати/-ював- (атакував, опалювальний)
///   correspond to Russian -овать/-овал- and -ировать (атаковал, блокировать).
/// - Ukrainian verbal nouns end in -ння/-ття (рішення, життя) where Russian has -ние/-тие;
///   adjectives in -ський, -цький keep the soft sign (Russian -ский, -цкий); ць and ьо are
///   common (місць, його) where Russian writes ц and ё; -ою is the feminine instrumental
///   (країною); hard-stem plurals and genitives end in -и after б в д з п р с т ф (депутати,
///   зими) where Russian writes -ы; hard-stem adjectives end in -ий, -их, -ими (новий,
///   нових, новими) where Russian writes -ый, -ых, -ыми — most telling after ч, л, в, с
///   (-чний, -льний), where Russian has few soft-stem adjectives.
/// - Russian adjectives end in -ая, -яя, -ое, -ее, -ие (Ukrainian -а, -я, -е, -і); neuter
///   nouns end in -ие, -ия (Ukrainian -ння, -ія); third-person reflexive verbs end in -тся
///   (Ukrainian -ться); present tense -ает, -ит (Ukrainian -ає, -ить); genitive plurals end in
///   -ов (Ukrainian -ів); -ой is the feminine instrumental and a common adjective ending;
///   present participles end in -щий; feminine accusative adjectives end in -ую (Ukrainian -у);
///   -его, -ость, -ец stand where Ukrainian has -ього/-ого, -ість, -ець; the locative ends in -е
///   (в столице) where Ukrainian has -і.
/// - Prefixes: Ukrainian ви-, роз-, з- before a consonant (виявили, розпочали, зросли) where
///   Russian has вы-, раз-/рас-, с- (выявили, начали, выросли). Ukrainian words almost never
///   begin with и, Russian ones often do (из, их, или, история). Ukrainian writes о after ж, ч
///   where Russian writes е or ё (жовтий, чорний).
///
/// Letters that exist in only one language (і, ы …) are scored per letter by
/// ``LetterFrequencies``, so cues that contain them are not listed here.
enum AffixCues {
  /// A letter group and its weight.
  struct Cue: Sendable {
    /// The letters (lower case), as Unicode scalars: words are compared scalar by scalar, which
    /// is many times faster than `String`'s canonical-equivalence comparison.
    var letters: [Unicode.Scalar]
    /// Log-odds weight: positive for Ukrainian, negative for Russian.
    var weight: Double

    init(_ letters: String, _ weight: Double) {
      self.letters = Array(letters.unicodeScalars)
      self.weight = weight
    }

    func isSuffix(of word: [Unicode.Scalar]) -> Bool {
      word.hasSuffix(letters)
    }

    func isPrefix(of word: [Unicode.Scalar]) -> Bool {
      word.hasPrefix(letters)
    }
  }

  /// Word endings, checked on words of at least four letters; only the first that matches
  /// counts, so longer endings come first.
  static let endings: [Cue] = [
    Cue("тимуться", 2.0), Cue("тимуть", 2.0), Cue("тимемо", 2.0), Cue("тиметься", 2.0),
    Cue("тиме", 2.0), Cue("ський", 1.0), Cue("цький", 1.0), Cue("ского", -1.0),
    Cue("ский", -1.0), Cue("цкий", -1.0), Cue("ская", -1.0), Cue("ское", -1.0),
    Cue("ння", 1.5), Cue("ття", 1.2), Cue("ться", 0.3), Cue("тся", -1.5),
    Cue("лися", 1.0), Cue("лася", 1.0), Cue("лося", 1.0), Cue("вся", 1.0), Cue("лись", -1.0),
    Cue("лась", -1.0), Cue("лось", -1.0), Cue("лся", -1.0), Cue("ость", -0.6),
    Cue("ает", -1.0), Cue("яет", -1.0), Cue("еет", -1.0),
    Cue("ати", 0.8), Cue("ити", 0.8), Cue("ути", 0.8), Cue("яти", 0.8), Cue("оти", 0.8),
    Cue("вий", 0.9), Cue("лий", 0.9), Cue("мий", 0.9), Cue("бий", 0.9), Cue("пий", 0.9),
    Cue("дий", 0.9), Cue("зий", 0.9), Cue("сий", 0.9), Cue("фий", 0.9), Cue("тий", 0.5),
    Cue("рий", 0.3), Cue("чний", 1.0), Cue("льний", 1.0), Cue("вний", 0.8), Cue("сний", 0.8),
    Cue("тний", 0.5), Cue("рний", 0.5), Cue("жний", 0.5), Cue("мний", 0.3), Cue("дний", 0.2),
    Cue("ений", -0.2), Cue("ний", 0.3), Cue("щий", -0.5),
    Cue("бими", 0.7), Cue("вими", 0.7), Cue("дими", 0.7), Cue("зими", 0.7), Cue("лими", 0.7),
    Cue("мими", 0.7), Cue("пими", 0.7), Cue("рими", 0.7), Cue("сими", 0.7), Cue("тими", 0.7),
    Cue("бих", 0.7), Cue("вих", 0.7), Cue("дих", 0.7), Cue("зих", 0.7), Cue("лих", 0.7),
    Cue("мих", 0.7), Cue("пих", 0.7), Cue("рих", 0.7), Cue("сих", 0.7), Cue("тих", 0.7),
    Cue("фих", 0.7), Cue("них", 0.3),
    Cue("ою", 0.7), Cue("мо", 0.5), Cue("ив", 0.8), Cue("ав", 0.5),
    Cue("ил", -0.6), Cue("ел", -0.5), Cue("ал", -0.3),
    Cue("би", 0.5), Cue("ви", 0.5), Cue("ди", 0.5), Cue("зи", 0.5), Cue("пи", 0.5),
    Cue("ри", 0.5), Cue("си", 0.5), Cue("ти", 0.5), Cue("фи", 0.5),
    Cue("ая", -1.0), Cue("яя", -1.0), Cue("ое", -1.0), Cue("ее", -0.8), Cue("ие", -1.0),
    Cue("ия", -1.0), Cue("ой", -0.7), Cue("ую", -0.8), Cue("юю", -0.5), Cue("его", -0.8),
    Cue("ец", -0.7),
    Cue("ов", -0.5), Cue("ит", -0.4), Cue("ет", -0.3),
    Cue("ть", -0.2), Cue("бе", -0.3), Cue("ве", -0.3), Cue("де", -0.3), Cue("зе", -0.3),
    Cue("ке", -0.3), Cue("ле", -0.3), Cue("ме", -0.3), Cue("не", -0.3), Cue("пе", -0.3),
    Cue("ре", -0.3), Cue("се", -0.3), Cue("те", -0.3), Cue("це", -0.3),
  ]

  /// Word beginnings, checked on words of at least five letters; only the first that matches
  /// counts.
  static let beginnings: [Cue] = [
    Cue("роз", 1.0), Cue("рас", -0.8), Cue("раз", -0.8), Cue("ви", 0.8), Cue("зб", 0.9),
    Cue("зм", 0.9), Cue("зр", 0.9), Cue("зг", 0.9), Cue("зл", 0.9), Cue("зп", 0.9),
    Cue("зт", 0.9), Cue("зк", 0.9), Cue("зх", 0.9), Cue("зч", 0.9), Cue("зш", 0.9),
    Cue("зф", 0.9), Cue("и", -1.0),
  ]

  /// Letter groups anywhere in a word; each counts once per word.
  static let infixes: [Cue] = [
    Cue("ськ", 0.8), Cue("цьк", 0.8), Cue("ць", 0.6), Cue("ьо", 1.2), Cue("ння", 0.5),
    Cue("чо", 0.6), Cue("жо", 0.6), Cue("ував", 1.0), Cue("увал", 1.0), Cue("ював", 1.0),
    Cue("ювал", 1.0), Cue("ние", -0.8), Cue("ния", -0.8), Cue("овал", -0.8), Cue("евал", -0.8),
    Cue("иров", -1.0),
  ]

  /// `endings` by their last letter, each list in the order of `endings`: a word is compared
  /// with the few endings that end in its last letter instead of all of them, and the first of
  /// those that matches is the first of `endings` that does.
  private static let endingsByLastLetter = Dictionary(grouping: endings) { $0.letters.last! }

  /// `beginnings` by their first letter, each list in the order of `beginnings`.
  private static let beginningsByFirstLetter = Dictionary(grouping: beginnings) { $0.letters[0] }

  /// The positions in `infixes` of the groups that begin with each letter: a word is read once,
  /// comparing each of its letters with the groups that begin with it.
  private static let infixesByFirstLetter = Dictionary(grouping: infixes.indices) {
    infixes[$0].letters[0]
  }

  /// The summed weight of the cues in `word` (lower case); endings count only in words of at
  /// least four letters, beginnings in words of at least five (a word starting with и in any
  /// word of two or more).
  ///
  /// Called for every Cyrillic word of every paragraph identified, so the cues are looked up by
  /// letter (``endingsByLastLetter`` …) rather than each compared with the word.
  static func ukrainianLogOdds(of word: String, letterCount: Int) -> Double {
    let scalars = Array(word.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last else { return 0 }
    var total = 0.0
    if letterCount >= 4,
      let cue = endingsByLastLetter[last]?.first(where: { $0.isSuffix(of: scalars) })
    {
      total += cue.weight
    }
    var present = [Bool](repeating: false, count: infixes.count)
    for start in scalars.indices {
      for index in infixesByFirstLetter[scalars[start]] ?? []
      where scalars.contains(infixes[index].letters, at: start) {
        present[index] = true
      }
    }
    for index in infixes.indices where present[index] {
      total += infixes[index].weight
    }
    if letterCount >= 5,
      let cue = beginningsByFirstLetter[first]?.first(where: { $0.isPrefix(of: scalars) })
    {
      total += cue.weight
    } else if letterCount >= 2, first == "и" {
      total += beginnings[beginnings.count - 1].weight
    }
    return total
  }
}
