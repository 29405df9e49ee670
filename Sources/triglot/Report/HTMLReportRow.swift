import TriglotAudit

/// One row of the HTML report's side-by-side view: an alignment group, or a run of page
/// furniture folded into one row.
///
/// Scraped editions open with a language switcher, a menu or a dateline, and each edition's
/// furniture is a group of its own: shown group by group it is a staircase of one-edition rows
/// (three before the title of most Corpora articles, two or three after the last paragraph, three
/// for each "Read also" between paragraphs). A run of such groups is one collapsed row instead,
/// listing each edition's lines when opened.
enum HTMLReportRow: Equatable {
  /// Where a run of boilerplate sits in the article.
  enum Place: Equatable {
    /// Before the first group with article text.
    case before
    /// Between two groups with article text.
    case within
    /// After the last group with article text.
    case after

    /// Where the summary of a folded run says it sits ("before the article"); `nil` within.
    var phrase: String? {
      switch self {
      case .before: "before the article"
      case .within: nil
      case .after: "after the article"
      }
    }
  }

  /// The group at this 0-based index, in a row of its own.
  case group(Int)
  /// The consecutive groups `groups`, all boilerplate without a finding, in one folded row.
  case boilerplate(Range<Int>, Place)

  /// The rows of `report`, in group order, covering every group once.
  ///
  /// A maximal run of boilerplate groups without findings is folded when it opens or closes the
  /// article, or holds two groups or more; a single furniture group between article paragraphs
  /// (a caption) stays a row, where it sits beside the text it belongs to. A group with a
  /// finding is never folded: its note must stay in sight.
  ///
  /// - Complexity: O(*g* + *f*) for *g* groups and *f* findings.
  static func rows(of report: ArticleAudit) -> [HTMLReportRow] {
    let groups = report.context.alignment.groups
    let flagged = Set(report.findings.map(\.group))
    let foldable = groups.indices.map { groups[$0].isBoilerplate && !flagged.contains($0) }
    let article = groups.indices.filter { !groups[$0].isBoilerplate }
    var rows: [HTMLReportRow] = []
    var start = 0
    while start < groups.count {
      guard foldable[start] else {
        rows.append(.group(start))
        start += 1
        continue
      }
      var end = start
      while end < groups.count, foldable[end] { end += 1 }
      let place: Place =
        start < (article.first ?? groups.count)
        ? .before
        : end > (article.last ?? -1) ? .after : .within
      if place != .within || end - start >= 2 {
        rows.append(.boilerplate(start..<end, place))
      } else {
        rows += (start..<end).map { .group($0) }
      }
      start = end
    }
    return rows
  }
}
