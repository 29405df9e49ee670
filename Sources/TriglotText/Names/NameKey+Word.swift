extension NameKey {
  /// The key of one word of a name (or of a multi-word table entry found in the name): its
  /// candidate stems and the table entries they hit.
  struct Word: Sendable, Hashable {
    /// Canonical skeletons: the whole word first, then the word less each inflectional ending
    /// it may carry, longest stem first.
    var stems: [String]
    /// Identifiers of the `NameEquivalents` entries the word's stems hit; the entry hit by the
    /// whole word (or by its dictionary form) comes first.
    var ids: [String]
    /// The canonical skeletons of the word's dictionary forms, when the Hunspell dictionaries
    /// know the word; empty otherwise.
    var lemmas: [String] = []
    /// The entries one of `lemmas` spells.
    var lemmaIDs: [String] = []

    /// Inflectional endings of Ukrainian and Russian nouns and adjectives as skeleton strings,
    /// longest first: case endings of -ов/-ин surnames, adjectival surnames (-ський, -ского),
    /// first names in -а/-я and -о, soft stems (Ігоря, Игорем), plural place names (Сумах).
    /// Hand-written rules for what the Hunspell dictionaries lack: words they do not know (most
    /// surnames), Latin spellings and nominatives, and every word when they are not installed.
    static let endings: [[NameSkeleton.Symbol]] = [
      "ovi", "evi", "oiu", "eiu", "uiu", "oho", "eho", "omu", "emu", "aia",
      "ami", "ia", "iu", "om", "em", "im", "oi", "ei", "ah",
      "a", "u", "i", "e", "o",
    ].map { Array($0.utf8) }

    /// The endings of nominative singular names, which `NameIndex` strips from table spellings:
    /// -а, -я, -о, -е and the -ий/-ій/-ый of adjectival names.
    static let nominativeEndings: [[NameSkeleton.Symbol]] = ["ia", "a", "o", "e", "i"].map {
      Array($0.utf8)
    }

    /// The shortest stem an ending may leave.
    static let minimumStemLength = 3

    /// The endings only oblique cases carry (-ом -ем -им -ою -ею -ові -еві -ого -ому -ах -ами
    /// -у -ю): a word that ends in one is not a nominative, whatever a dictionary lists.
    static let obliqueEndings: [[NameSkeleton.Symbol]] = [
      "ovi", "evi", "oiu", "eiu", "uiu", "oho", "eho", "omu", "emu", "ami", "iu", "om", "em",
      "im", "ah", "u",
    ].map { Array($0.utf8) }

    /// The key of one word of a name: from its dictionary forms when the Hunspell dictionaries
    /// know it (``dictionaryForms(of:language:stemmer:)``), otherwise from the ending rules;
    /// and the stems under which the word may begin or continue a multi-word table name. A
    /// lower-case word is looked up only when it starts like the adjective of a table place
    /// (``NameIndex/adjectivePrefixes``): no other lower-case word is part of a name.
    ///
    /// The dictionary forms' stems (as the rules make them for a nominative, which is what a
    /// Latin spelling of the name gets too) join the word's whole skeleton. For a capitalized
    /// word only proper-name forms count (`Києві`: Київ, Кий, not the noun кий); its common-noun
    /// forms say nothing about a name (Песков → песок, the genitive plural of sand; «Дію» →
    /// дія) and serve only to find table names made of common words (Сполучених Штатів:
    /// сполучений, штат). The word's own ending rules still apply, and its forms are not
    /// trusted to tell names apart, when they say little: a capitalized word with no proper-name
    /// form, or a form that is the word itself although it ends like an oblique case (the
    /// dictionary lists Путіним as a word of its own, unlinked to Путін).
    static func analyze(
      _ word: Substring, language: Language?, stemmer: HunspellStemmer, index: NameIndex
    ) -> (word: Word, phraseStems: [String]) {
      let base = NameSkeleton.base(of: word)
      let ruleStems = stems(ofBase: base)
      let capitalized = word.first?.isUppercase == true
      var forms =
        capitalized
          || index.adjectivePrefixes.contains(Array(base.prefix(NameIndex.adjectivePrefixLength)))
        ? dictionaryForms(of: word, language: language, stemmer: stemmer) : []
      guard !forms.isEmpty else {
        return (Word(stems: ruleStems, ids: index.ids(forStems: ruleStems)), ruleStems)
      }
      let whole = ruleStems[0]
      var trusted = true
      var common: [String] = []
      if capitalized {
        common = forms.filter { $0.first?.isUppercase != true }
        forms = forms.filter { $0.first?.isUppercase == true }
        if forms.isEmpty { trusted = false }
      }
      let endsObliquely = obliqueEndings.contains { ending in
        base.count - ending.count >= minimumStemLength && base.hasSuffix(ending)
      }
      if endsObliquely, forms.contains(where: { Self.stems(of: Substring($0))[0] == whole }) {
        trusted = false
      }
      var stems = trusted ? [whole] : ruleStems
      var lemmas: [String] = []
      for form in forms {
        let formStems = Self.stems(of: Substring(form))
        if !lemmas.contains(formStems[0]) { lemmas.append(formStems[0]) }
        for stem in formStems where !stems.contains(stem) { stems.append(stem) }
      }
      stems = [whole] + stems.dropFirst().sorted { $0.count > $1.count }
      var phraseStems = stems
      for form in common {
        for stem in Self.stems(of: Substring(form)) where !phraseStems.contains(stem) {
          phraseStems.append(stem)
        }
      }
      var lemmaIDs = index.ids(forSpellings: [whole])
      for id in index.ids(forSpellings: lemmas) where !lemmaIDs.contains(id) { lemmaIDs.append(id) }
      var ids = trusted ? lemmaIDs : []
      for id in index.ids(forStems: stems) where !ids.contains(id) { ids.append(id) }
      let key = Word(
        stems: stems, ids: ids, lemmas: trusted ? lemmas : [], lemmaIDs: trusted ? lemmaIDs : [])
      return (key, phraseStems)
    }

    /// The dictionary forms Hunspell gives for a Cyrillic word, each at least
    /// ``minimumStemLength`` skeleton letters long: from the Ukrainian dictionary for a word
    /// with і ї є ґ, the Russian one for a word with ы э ъ ё, otherwise from the dictionary of
    /// `language` or, when it is neither, from both. Empty for a Latin word or a word the
    /// dictionaries do not know.
    static func dictionaryForms(of word: Substring, language: Language?, stemmer: HunspellStemmer)
      -> [String]
    {
      var ukrainian = false
      var russian = false
      var cyrillic = false
      for scalar in word.unicodeScalars {
        switch scalar {
        case "і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ": ukrainian = true
        case "ы", "э", "ъ", "ё", "Ы", "Э", "Ъ", "Ё": russian = true
        default: break
        }
        if (0x400...0x4FF).contains(scalar.value) { cyrillic = true }
      }
      guard cyrillic, !(ukrainian && russian) else { return [] }
      let languages: [Language] =
        ukrainian
        ? [.uk] : russian ? [.ru] : language == .uk || language == .ru ? [language!] : [.uk, .ru]
      var forms: [String] = []
      let text = String(word)
      for language in languages {
        for form in stemmer.stems(of: text, in: language)
        where !forms.contains(form)
          && NameSkeleton.base(of: Substring(form)).count >= minimumStemLength
        {
          forms.append(form)
        }
      }
      return forms
    }

    /// The stems of one word of a name by the ending rules.
    static func stems(of word: Substring) -> [String] {
      stems(ofBase: NameSkeleton.base(of: word))
    }

    /// The stems of a word whose raw skeleton (``NameSkeleton/base(of:)``) is `base`.
    static func stems(ofBase base: [NameSkeleton.Symbol]) -> [String] {
      var candidates = [base]
      for ending in endings where base.count - ending.count >= minimumStemLength {
        guard base.hasSuffix(ending) else { continue }
        let stem = Array(base.dropLast(ending.count))
        if stem.contains(where: NameSkeleton.isVowel) { candidates.append(stem) }
      }
      var stems: [String] = []
      for candidate in candidates {
        let text = String(decoding: NameSkeleton.canonical(candidate), as: UTF8.self)
        if !text.isEmpty, !stems.contains(text) { stems.append(text) }
      }
      let whole = stems.prefix(1)
      return whole + stems.dropFirst().sorted { $0.count > $1.count }
    }

    /// How alike two words are, in 0…1: 1 when they share a stem or a table entry, otherwise
    /// the best normalized edit-distance similarity between their stems. When the dictionaries
    /// know both words, their dictionary forms stand for the stems: Вікторії (Вікторія) and
    /// Віктором (Віктор) share the stem vikt*r but not a dictionary form.
    func similarity(to other: Word) -> Double {
      if !lemmas.isEmpty && !other.lemmas.isEmpty {
        // Two dictionary words match only by a dictionary form or table entry they share; how
        // alike the forms look still grades how close they are, below the match threshold.
        let score = Self.similarity(lemmas, lemmaIDs, other.lemmas, other.lemmaIDs)
        return score == 1 ? 1 : min(score, NameKey.matchThreshold - 0.01)
      }
      return Self.similarity(stems, ids, other.stems, other.ids)
    }

    private static func similarity(
      _ stems: [String], _ ids: [String], _ otherStems: [String], _ otherIDs: [String]
    ) -> Double {
      if ids.contains(where: otherIDs.contains) || stems.contains(where: otherStems.contains) {
        return 1
      }
      var best = 0.0
      let otherSkeletons = otherStems.map { Array($0.utf8) }
      for stem in stems {
        let skeleton = Array(stem.utf8)
        for otherSkeleton in otherSkeletons {
          best = max(best, SkeletonDistance.similarity(skeleton, otherSkeleton))
        }
      }
      return best
    }
  }
}
