import TriglotText

/// The shared body of `number-mismatch` and `date-mismatch`: compares one kind of value across the
/// aligned article paragraphs of each group and words a finding per deviation.
///
/// Editions that state *different* values (one says 265 where the others say 256) get a finding
/// of the rule's severity; a value that only some editions give, the others giving none in its
/// place (a size or a date one edition leaves implicit), is a warning: worth a look, often a
/// translator's choice rather than an error.
struct ValueMismatchFinder {
  /// The rule id the findings carry.
  var rule: AuditRuleID
  /// The severity of findings where editions state different values.
  var severity: Severity
  /// The kind of value, for messages ("number", "date").
  var noun: String
  /// The values of that kind in one paragraph.
  var values: @Sendable (ParagraphFacts) -> [AuditValue]
  /// Values of that kind a paragraph gives in a weaker form, which only answer others' values
  /// (``ParagraphFacts/numberAnswers``).
  var answers: @Sendable (ParagraphFacts) -> [AuditValue] = { _ in [] }

  /// The findings in `context`, in group order.
  func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      result += findings(
        in: context, facts: { context.checkedFacts($0, inGroup: group) }, group: group,
        paragraphs: context.paragraphs(ofGroup: group))
    }
    // A paragraph out of order is compared with its counterpart too: the aligner left the two
    // in groups of their own, and `moved` alone would hide a changed value.
    for pair in MovedRule().pairs(in: context) {
      result += findings(
        in: context, facts: { context.articleFacts($0, inGroup: pair.group(of: $0)) },
        group: pair.moved, paragraphs: pair.paragraphs(in: context),
        note: " (in a paragraph out of order; its counterpart is in group \(pair.anchor + 1))")
    }
    return result
  }

  /// The findings of one set of paragraphs that say the same thing: `facts` gives each
  /// language's; the findings go to `group` with `paragraphs`, their messages ending in `note`.
  private func findings(
    in context: AuditContext, facts: (Language) -> [ParagraphFacts], group: Int,
    paragraphs: [Language: [Int]], note: String = ""
  ) -> [Finding] {
    var stated: [Language: [AuditValue]] = [:]
    var answered: [Language: [AuditValue]] = [:]
    for language in context.languages {
      let own = facts(language)
      if !own.isEmpty {
        stated[language] = own.flatMap(values)
        answered[language] = own.flatMap(answers)
      }
    }
    let editions = stated.keys.sorted()
    return ValueComparison.deviations(stated, answers: answered).map { deviation in
      // The sentence each edition states the value in.
      var sentences: [Language: [String]] = [:]
      for (language, shown) in deviation.values {
        let quoted = SentenceQuote.sentences(
          stating: shown, in: facts(language).map(\.text), language: language)
        if !quoted.isEmpty { sentences[language] = quoted }
      }
      return Finding(
        rule: rule, severity: severity(of: deviation, editions: editions), group: group,
        edition: deviation.edition, paragraphs: paragraphs, values: deviation.values,
        message: message(deviation, editions: editions) + note, sentences: sentences)
    }
  }

  /// The rule's severity when the editions state different values; a warning when the
  /// deviation is only a value some editions give and others leave out.
  ///
  /// Values are compared as written (`deviation.values`): when the editions show the same
  /// values and differ only in how often they repeat one ("24" in "24 vehicles" and in "the past
  /// 24 hours" against "за минулу добу"), that too is a warning.
  private func severity(of deviation: ValueComparison.Deviation, editions: [Language]) -> Severity {
    let shown = editions.map { Set(deviation.values[$0] ?? []) }
    guard !deviation.added.isEmpty || deviation.edition == nil else { return .warning }
    if let edition = deviation.edition {
      let own = !(deviation.values[edition] ?? []).isEmpty
      let theirs = editions.contains { $0 != edition && !(deviation.values[$0] ?? []).isEmpty }
      return own && theirs && !deviation.lacking.isEmpty ? severity : .warning
    }
    if shown.contains(where: \.isEmpty) { return .warning }
    return Set(shown).count == 1 ? .warning : severity
  }

  private func message(_ deviation: ValueComparison.Deviation, editions: [Language]) -> String {
    guard let edition = deviation.edition else {
      let shown = Set(editions.map { deviation.values[$0] ?? [] })
      if shown.count == 1, let values = shown.first, !values.isEmpty {
        return "\(EditionList.names(editions)) \(editions.count == 2 ? "both" : "all") say "
          + "\(EditionList.values(values)), but not "
          + "equally often"
      }
      return editions.map { language in
        let shown = deviation.values[language] ?? []
        let said = shown.isEmpty ? "no such \(noun)" : EditionList.values(shown)
        return "\(language.englishName) says \(said)"
      }.joined(separator: "; ") + " — the \(noun)s differ"
    }
    let others = editions.filter { $0 != edition }
    let own = deviation.values[edition] ?? []
    let name = "\(edition.englishName) edition"
    // The other editions by the values they show, so that one value written in two languages
    // ("25 липня", "July 25") reads as what each edition says, not as a list of two values.
    var sayings: [(languages: [Language], values: [String])] = []
    for language in others {
      let shown = deviation.values[language] ?? []
      guard !shown.isEmpty else { continue }
      if let index = sayings.firstIndex(where: { $0.values == shown }) {
        sayings[index].languages.append(language)
      } else {
        sayings.append(([language], shown))
      }
    }
    let theirs = sayings.flatMap(\.values)
    if own.isEmpty, !theirs.isEmpty {
      let plural = sayings.map(\.values.count).max()! > 1 ? "s" : ""
      // What the value measures, as the editions that give it write it ("20 унцій",
      // "20-ounce"), when they write a word after it.
      let phrases = others.flatMap { deviation.phrases[$0] ?? [] }.uniqued()
      let written = phrases.isEmpty ? "" : " (\(phrases.map { "“\($0)”" }.joined(separator: ", ")))"
      guard sayings.count > 1 else {
        let givers = sayings[0].languages
        return "\(name) does not give the \(noun)\(plural) \(EditionList.values(theirs))"
          + "\(written) that \(EditionList.names(givers)) \(givers.count == 1 ? "gives" : "give")"
      }
      return "\(name) does not give the \(noun)\(plural) that "
        + sayings.enumerated().map { index, saying in
          "\(EditionList.names(saying.languages))\(index == 0 ? (saying.languages.count == 1 ? " gives" : " give") : "") as "
            + EditionList.values(saying.values)
        }.joined(separator: " and ")
    }
    if theirs.isEmpty {
      return "\(name) states the \(noun)\(own.count > 1 ? "s" : "") \(EditionList.values(own)), "
        + "which \(EditionList.names(others)) \(others.count == 1 ? "does" : "do") not"
    }
    return "\(name) says \(EditionList.values(own)) where "
      + sayings.enumerated().map { index, saying in
        let verb = index > 0 ? "" : saying.languages.count == 1 ? " says" : " say"
        return "\(EditionList.names(saying.languages))\(verb) \(EditionList.values(saying.values))"
      }.joined(separator: " and ")
  }
}
