import TriglotText

/// Compares the values (numbers or dates) that the editions state in one group and tells which
/// edition deviates.
///
/// Values are compared by key, as multisets: an edition that states "256" twice where the others
/// state it once deviates too. With three editions the majority decides: an edition whose count of
/// a key differs from the other two is the deviating one. With two editions (or three that all
/// disagree) no edition can be blamed and the deviation is reported without one.
struct ValueComparison {
  /// One edition's deviation, or a deviation no single edition can be blamed for.
  struct Deviation: Equatable {
    /// The deviating edition; `nil` when no majority says which.
    var edition: Language?
    /// For the deviating edition: its values the others lack; for the others: their values the
    /// deviating edition lacks. As written, in text order.
    var values: [Language: [String]]
    /// The keys the deviating edition states more often than the majority.
    var added: [String]
    /// The keys the deviating edition states less often than the majority.
    var lacking: [String]
    /// For the other editions, the values the deviating edition lacks with the word after
    /// each (``AuditValue/phrase``), where one follows.
    var phrases: [Language: [String]] = [:]
  }

  /// The deviations among `values` (each edition's values in the group, in text order).
  /// `answers` are values an edition gives in a weaker form (numbers in words): they count for
  /// the edition only as far as another edition states the same value, so "семеро" answers
  /// "7" but "one of" demands nothing of the others.
  ///
  /// - Complexity: O(*n* log *n*) in the number of values.
  static func deviations(
    _ values: [Language: [AuditValue]], answers: [Language: [AuditValue]] = [:]
  ) -> [Deviation] {
    let languages = values.keys.sorted()
    guard languages.count >= 2 else { return [] }
    let values = resolvingAlternatives(values)
    var counts = values.mapValues { list in
      list.reduce(into: [String: Int]()) { $0[$1.key, default: 0] += 1 }
    }
    if !answers.isEmpty {
      let stated = counts
      for language in languages {
        let offered = (answers[language] ?? []).reduce(into: [String: Int]()) {
          $0[$1.key, default: 0] += 1
        }
        for (key, count) in offered {
          let own = stated[language]?[key] ?? 0
          let wanted = languages.filter { $0 != language }.map { stated[$0]?[key] ?? 0 }.max() ?? 0
          if wanted > own { counts[language, default: [:]][key] = own + min(count, wanted - own) }
        }
      }
    }
    let keys = Set(counts.values.flatMap(\.keys))
    guard keys.contains(where: { key in Set(languages.map { counts[$0]?[key] ?? 0 }).count > 1 })
    else { return [] }

    if languages.count == 3 {
      var result: [Deviation] = []
      var blamed = true
      for language in languages {
        var added: [String] = []
        var lacking: [String] = []
        for key in keys.sorted() {
          let others = languages.filter { $0 != language }.map { counts[$0]?[key] ?? 0 }
          let own = counts[language]?[key] ?? 0
          if others[0] == others[1] && own != others[0] {
            if own > others[0] { added.append(key) } else { lacking.append(key) }
          } else if others[0] != others[1] && own != others[0] && own != others[1] {
            blamed = false
          }
        }
        if !added.isEmpty || !lacking.isEmpty {
          result.append(deviation(of: language, added: added, lacking: lacking, in: values))
        }
      }
      if blamed { return result }
    }
    return [unblamed(values, counts: counts, keys: keys)]
  }

  /// `values` with each value that has an ``AuditValue/alternative`` keyed by it when another
  /// edition states the alternative and none states the value's own key: the reading the other
  /// editions make consistent ("25,000" in Russian is 25000 beside "25 000" and "25,000").
  static func resolvingAlternatives(_ values: [Language: [AuditValue]]) -> [Language: [AuditValue]]
  {
    guard values.values.contains(where: { $0.contains { $0.alternative != nil } }) else {
      return values
    }
    let keys = values.mapValues { Set($0.map(\.key)) }
    return Dictionary(
      uniqueKeysWithValues: values.map { language, list in
        let others = keys.filter { $0.key != language }.map(\.value)
        return (
          language,
          list.enumerated().compactMap { offset, value in
            guard let alternative = value.alternative,
              !others.contains(where: { $0.contains(value.key) }),
              others.contains(where: { $0.contains(alternative) })
            else { return value }
            // Both bounds of a range read as one phone number (555-1234) give it once.
            if offset > 0, list[offset - 1].text == value.text,
              list[offset - 1].alternative == alternative
            {
              return nil
            }
            return AuditValue(text: value.text, key: alternative)
          }
        )
      })
  }

  private static func deviation(
    of language: Language, added: [String], lacking: [String], in values: [Language: [AuditValue]]
  ) -> Deviation {
    var shown: [Language: [String]] = [:]
    var phrases: [Language: [String]] = [:]
    for (other, list) in values {
      let keys = Set(other == language ? added : lacking)
      let listed = list.filter { keys.contains($0.key) }
      shown[other] = listed.map(\.text).uniqued()
      if other != language { phrases[other] = listed.compactMap(\.phrase).uniqued() }
    }
    return Deviation(
      edition: language, values: shown, added: added, lacking: lacking, phrases: phrases)
  }

  private static func unblamed(
    _ values: [Language: [AuditValue]], counts: [Language: [String: Int]], keys: Set<String>
  ) -> Deviation {
    var shown: [Language: [String]] = [:]
    for (language, list) in values {
      let differing = Set(
        keys.filter { key in
          Set(values.keys.map { counts[$0]?[key] ?? 0 }).count > 1
            && (counts[language]?[key] ?? 0) > 0
        })
      shown[language] = list.filter { differing.contains($0.key) }.map(\.text).uniqued()
    }
    return Deviation(edition: nil, values: shown, added: [], lacking: [])
  }
}
