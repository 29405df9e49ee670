import TriglotText

extension BoilerplateDetector {
  /// The kind of boilerplate of each paragraph of an edition, in order: ``kind(of:declared:)``
  /// for each, then what only the neighbours give away.
  ///
  /// - A run of three or more paragraphs that are each one menu entry ("Головна", "Новини",
  ///   "Війна" pasted one per line), or navigation already, is navigation. A digest whose
  ///   sub-headings are section names has text between them.
  /// - After a label alone in its paragraph ("Читайте також", "Most read", "Теги:"), the
  ///   headlines (or, after a tag label, the short tags) that follow are links (tags) too when
  ///   the run of them ends the edition or meets more boilerplate; otherwise only the first,
  ///   which is the one link an inline "Read also" carries, while a sub-heading further on is
  ///   the article's.
  ///
  /// - Parameter declared: what the page declares each paragraph to be (empty for plain text).
  /// - Complexity: O(*n*) in the total length of the paragraphs.
  public func kinds(of paragraphs: [String], declared: [ParagraphKind?] = []) -> [BoilerplateKind?]
  {
    let own = paragraphs.indices.map { index in
      kind(
        of: paragraphs[index], declared: declared.indices.contains(index) ? declared[index] : nil)
    }
    return kinds(of: paragraphs, own: own)
  }

  /// The kinds of ``kinds(of:declared:)`` given `own`, each paragraph's kind on its own
  /// (``kind(of:declared:)``): for the aligner, which has them already.
  func kinds(of paragraphs: [String], own: [BoilerplateKind?]) -> [BoilerplateKind?] {
    var kinds = own
    let folded = paragraphs.map { Self.folded($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    markMenuRuns(folded, &kinds)
    markLabelledLists(folded, &kinds)
    return kinds
  }

  private func markMenuRuns(_ lower: [String], _ kinds: inout [BoilerplateKind?]) {
    var start = 0
    while start < lower.count {
      var end = start
      var entries = 0
      while end < lower.count {
        if kinds[end] == .navigation {
          end += 1
        } else if kinds[end] == nil, lower[end].count <= 40, menuEntries(lower[end]) == 1 {
          entries += 1
          end += 1
        } else {
          break
        }
      }
      if entries >= 1 && end - start >= 3 {
        for index in start..<end { kinds[index] = .navigation }
      }
      start = max(end, start + 1)
    }
  }

  private func markLabelledLists(_ lower: [String], _ kinds: inout [BoilerplateKind?]) {
    var index = 0
    while index < lower.count {
      let listKind: BoilerplateKind?
      if isLabel(lower[index], in: vocabulary.relatedLabels) {
        listKind = .readAlso
      } else if isLabel(lower[index], in: Set(vocabulary.tagOpenings.map { String($0.dropLast()) }))
      {
        listKind = .tags
      } else {
        listKind = nil
      }
      guard let listKind else {
        index += 1
        continue
      }
      var end = index + 1
      while end < lower.count, kinds[end] == nil,
        listKind == .tags ? isTag(lower[end]) : isHeadline(lower[end])
      {
        end += 1
      }
      let closed = end == lower.count || kinds[end] != nil
      let last = closed ? end : min(end, index + 2)
      for item in (index + 1)..<max(index + 1, last) { kinds[item] = listKind }
      index = max(end, index + 1)
    }
  }

  /// A headline of another article: one sentence or phrase of at most 160 characters that does
  /// not end like body text (a full stop, a colon); a time or date may trail or lead it.
  func isHeadline(_ lower: String) -> Bool {
    guard (10...160).contains(lower.count), let last = lower.last else { return false }
    if ".…:;,".contains(last) { return false }
    return !lower.dropLast().contains(". ")
  }

  /// A tag: at most four words and 40 characters, no sentence punctuation.
  func isTag(_ lower: String) -> Bool {
    guard (1...40).contains(lower.count) else { return false }
    return lower.split(separator: " ").count <= 4
      && !lower.contains(where: { ".:;!?".contains($0) })
  }
}
