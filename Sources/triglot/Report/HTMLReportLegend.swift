import Plot
import TriglotAlign
import TriglotAudit
import TriglotText

/// The legend of the HTML report, built from the article it explains: each key shows a value, a
/// gap or a kind of paragraph that the report really holds, with the group where it first
/// occurs, and a key with nothing to show is left out. A sample value that is not in the
/// article ("Iusov" in a report without a spelling finding) would send the reader looking for
/// it.
struct HTMLReportLegend: Equatable {
  /// One key of the legend.
  enum Key: Equatable {
    /// `value`, as the `language` edition writes it in the 0-based group `group`, highlighted
    /// by a finding of `severity`.
    case value(String, Severity, TriglotText.Language, group: Int)
    /// The `language` edition lacks the article paragraph of the 0-based group `group`.
    case gap(TriglotText.Language, group: Int)
    /// The edition at fault in the 0-based group `group` has a finding of `severity`.
    case flagged(Severity, TriglotText.Language, group: Int)
    /// Boilerplate paragraphs of these kinds, in ``BoilerplateKind`` order.
    case boilerplate([BoilerplateKind])
  }

  /// The keys, in the order shown: values by falling severity, gap, flagged edition,
  /// boilerplate.
  var keys: [Key]

  /// The legend of `report`.
  ///
  /// - Complexity: O(*f* + *p*) for *f* findings and *p* paragraphs.
  init(_ report: ArticleAudit) {
    let groups = report.context.alignment.groups
    let languages = report.editions.map(\.language)
    keys = Severity.allCases.reversed().compactMap { severity in
      report.findings.lazy.filter { $0.severity == severity }.compactMap { finding in
        // The edition at fault shows the value that differs; otherwise the first that has one.
        let language =
          finding.edition.flatMap { finding.values[$0]?.isEmpty == false ? $0 : nil }
          ?? languages.first { finding.values[$0]?.isEmpty == false }
        return language.map {
          Key.value(finding.values[$0]![0], severity, $0, group: finding.group)
        }
      }.first
    }
    for group in groups.indices where !groups[group].isBoilerplate {
      if let language = languages.first(where: { groups[group][$0].isEmpty }) {
        keys.append(.gap(language, group: group))
        break
      }
    }
    if let flagged = report.findings.lazy.compactMap({ finding in
      finding.edition.flatMap { language in
        HTMLReportEditions.fault(language, group: finding.group, in: report).map {
          Key.flagged($0, language, group: finding.group)
        }
      }
    }).first {
      keys.append(flagged)
    }
    let kinds = Set(
      languages.flatMap { language in
        report.context.alignment.paragraphInfo[language, default: []].compactMap(\.boilerplate)
      })
    if !kinds.isEmpty {
      keys.append(.boilerplate(BoilerplateKind.allCases.filter(kinds.contains)))
    }
  }

  /// The legend as a section of the page; nothing when there is no key.
  var node: Node<HTML.BodyContext> {
    .if(
      !keys.isEmpty,
      .section(
        .class("legend"), .ariaLabel("Legend"),
        .forEach(keys) { key in .span(.class("key"), .group(Self.nodes(key))) }))
  }

  private static func nodes(_ key: Key) -> [Node<HTML.BodyContext>] {
    switch key {
    case .value(let value, let severity, let language, let group):
      [
        .element(
          named: "mark",
          nodes: [
            .class(severity.rawValue), .attribute(named: "lang", value: language.rawValue),
            .verbatim(value),
          ]),
        .verbatim(" \(severity.rawValue) value (\(language.englishName) in "), link(group),
        .verbatim(")"),
      ]
    case .gap(let language, let group):
      [
        .span(.class("swatch gap-swatch")),
        .verbatim(" paragraph missing from an edition (\(language.englishName) in "), link(group),
        .verbatim(")"),
      ]
    case .flagged(let severity, let language, let group):
      [
        .span(.class("swatch flagged-swatch \(severity.rawValue)")),
        .verbatim(" edition at fault (\(language.englishName) in "), link(group), .verbatim(")"),
      ]
    case .boilerplate(let kinds):
      [
        .span(.class("swatch boilerplate-swatch")),
        .verbatim(" boilerplate: " + kinds.map(\.reportName).joined(separator: ", ")),
      ]
    }
  }

  private static func link(_ group: Int) -> Node<HTML.BodyContext> {
    .a(
      .href("#" + ReportNumbering.groupID(group)),
      .verbatim("group \(ReportNumbering.number(group))"))
  }
}
