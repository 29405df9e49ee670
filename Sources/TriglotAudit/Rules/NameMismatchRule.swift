import TriglotText

/// `name-mismatch`: a person or place that every other edition names in a group and one edition
/// leaves out (or replaces by another name, or by another person of the same first name).
///
/// Names are compared through the cross-language keys of their words, so inflected forms
/// (Кушнерської, Кушнерская) and transliterations (Kushnerska) count as present; a name counts as
/// present when any of its words has a counterpart anywhere in the edition's text (at the start
/// of a sentence, or as an adjective), so "Христина Дмитренко" is present in a Russian text that
/// says "Кристина Дмитренко". A name is reported only when the evidence is strong:
/// - every other edition (at least two) names it, and
/// - either the Ukrainian and English editions both name it and the Russian one lacks it (the
///   English edition transliterates Ukrainian names, so the two agree letter for letter), or the
///   lacking edition names the same person elsewhere in the article, which shows how it writes
///   the name. Translated names (Китай / China, Відень / Vienna) are thus never reported.
public struct NameMismatchRule: AuditRule {
  public let id = AuditRuleID.nameMismatch
  public let severity = Severity.warning
  public let summary = "a name the other editions give that one edition's paragraph lacks"

  /// Creates the rule.
  public init() {}

  public func findings(in context: AuditContext) -> [Finding] {
    let articleKeys = Dictionary(
      uniqueKeysWithValues: context.languages.map { language in
        (language, Self.nameKeys(context.facts[language] ?? []))
      })
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      var facts: [Language: [ParagraphFacts]] = [:]
      for language in context.languages {
        let own = context.articleFacts(language, inGroup: group)
        if !own.isEmpty { facts[language] = own }
      }
      guard facts.count >= 3 else { continue }
      let present = facts.mapValues {
        $0.reduce(into: Set<String>()) { $0.formUnion($1.wordKeys) }
      }
      for lacking in facts.keys.sorted() {
        let others = facts.keys.filter { $0 != lacking }.sorted()
        var values: [Language: [String]] = [:]
        for other in others {
          let names = Dictionary(grouping: facts[other]!.flatMap(\.names), by: \.name)
          for (name, words) in names.sorted(by: { $0.key < $1.key }) {
            let keys = words.filter { $0.word.count >= 3 }.map(\.keys)
            guard !keys.isEmpty,
              keys.allSatisfy({ $0.isDisjoint(with: present[lacking]!) }),
              others.allSatisfy({ other in keys.contains { !$0.isDisjoint(with: present[other]!) } }
              ),
              (lacking == .ru && others.contains(.uk) && others.contains(.en))
                || keys.contains(where: { !$0.isDisjoint(with: articleKeys[lacking] ?? []) }),
              !Self.resembles(words.map(\.nameKey), anyWordOf: facts[lacking]!)
            else { continue }
            values[other, default: []].append(name)
          }
        }
        if values.isEmpty,
          let replaced = Self.replacedPerson(
            lacking, among: others, in: facts, present: present)
        {
          result.append(
            Finding(
              rule: id, severity: severity, group: group, edition: lacking,
              paragraphs: context.paragraphs(ofGroup: group), values: replaced.values,
              message: "\(lacking.englishName) edition names \(replaced.replacement) where "
                + "\(EditionList.names(others)) name \(replaced.shown)"))
          continue
        }
        guard !values.isEmpty else { continue }
        values[lacking] = []
        let shown = values[others.first { $0 == .en } ?? others[0]] ?? []
        result.append(
          Finding(
            rule: id, severity: severity, group: group, edition: lacking,
            paragraphs: context.paragraphs(ofGroup: group), values: values,
            message: "\(lacking.englishName) edition does not name "
              + "\(EditionList.values(shown.isEmpty ? values.values.flatMap { $0 } : shown)), "
              + "named in \(EditionList.names(others))"))
      }
    }
    return result
  }

  /// The similarity below which the surname an edition writes after a person's first name is
  /// another person's rather than a spelling of the surname the others write: Юсов / Черняк is
  /// near 0, a foreign surname transliterated another way (Schoof / Схооф, Sabalenka /
  /// Соболенко) is well above.
  static let otherSurname = 0.4

  /// The first names of the name table, by their keys (`#andrii`).
  static let givenNameKeys = Set(NameEquivalents.entries(.givenName).map(\.id))

  /// A person whom every edition but `lacking` names with a first name and a surname, and whom
  /// `lacking` names with the same first name and another surname, which no other edition
  /// has and which is no spelling of theirs (Андрій Юсов, Andrii Yusov / Андрей Черняк): the
  /// values to report (each edition's first name and surname, `lacking`'s the replacement),
  /// the name to show of the others (English first) and the replacement; `present` holds each
  /// edition's word keys in the group. The first name must be one of the name table's, so that
  /// a place of two words (Indian Wells) is never taken for a person.
  static func replacedPerson(
    _ lacking: Language, among others: [Language], in facts: [Language: [ParagraphFacts]],
    present: [Language: Set<String>]
  ) -> (values: [Language: [String]], shown: String, replacement: String)? {
    let people = facts.mapValues { persons(in: $0) }
    let reference = others.first { $0 == .en } ?? others[0]
    for (first, surname) in people[reference]! {
      // Every other edition names the person; the lacking one has the first name only.
      guard surname.keys.isDisjoint(with: present[lacking]!),
        others.allSatisfy({
          !surname.keys.isDisjoint(with: present[$0]!) && !first.keys.isDisjoint(with: present[$0]!)
        })
      else { continue }
      for (ownFirst, ownSurname) in people[lacking]! {
        guard !ownFirst.keys.isDisjoint(with: first.keys),
          others.allSatisfy({ ownSurname.keys.isDisjoint(with: present[$0]!) }),
          ownSurname.nameKey.similarity(to: surname.nameKey) < otherSurname
        else { continue }
        var values: [Language: [String]] = [lacking: [ownFirst.word + " " + ownSurname.word]]
        for other in others {
          values[other] = people[other]!.filter { !$0.surname.keys.isDisjoint(with: surname.keys) }
            .map { $0.first.word + " " + $0.surname.word }
        }
        return (values, first.word + " " + surname.word, values[lacking]![0])
      }
    }
    return nil
  }

  /// The people `facts` name with a first name of the name table followed by a surname: each
  /// such first name with the word after it in its name, once each.
  static func persons(in facts: [ParagraphFacts]) -> [(first: NameMention, surname: NameMention)] {
    var seen = Set<String>()
    var result: [(first: NameMention, surname: NameMention)] = []
    for paragraph in facts {
      for (first, surname) in zip(paragraph.names, paragraph.names.dropFirst())
      where first.name == surname.name && first.keys.contains(where: givenNameKeys.contains)
        && surname.word.count >= 3 && !surname.keys.contains(where: givenNameKeys.contains)
        && seen.insert(first.word + " " + surname.word).inserted
      {
        result.append((first, surname))
      }
    }
    return result
  }

  /// The similarity (``NameKey/similarity(to:)``) from which a capitalized word of the lacking
  /// edition is taken for a form of the name: looser than ``NameKey/matchThreshold`` because
  /// Russian forms of Ukrainian places differ by a vowel or two (Чорноморськ / Черноморск,
  /// Дніпропетровськ / Днепропетровск).
  static let resemblance = 0.8

  /// Whether some capitalized word of `facts` resembles one of the name words keyed `keys`.
  static func resembles(_ keys: [NameKey], anyWordOf facts: [ParagraphFacts]) -> Bool {
    facts.flatMap(\.words).contains { candidate in
      guard candidate.text.first!.isUppercase else { return false }
      return keys.contains { $0.similarity(to: candidate.key) >= resemblance }
    }
  }

  /// The keys of the names an edition uses somewhere in its article text.
  static func nameKeys(_ facts: [ParagraphFacts]) -> Set<String> {
    facts.filter { !$0.isBoilerplate }.flatMap(\.names).reduce(into: []) { $0.formUnion($1.keys) }
  }
}
