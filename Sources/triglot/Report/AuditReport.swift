import TriglotAlign
import TriglotAudit
import TriglotText

/// Everything an audit report shows: the audited article, its findings and its coverage.
struct AuditReport {
  /// The alignment and the facts of every paragraph.
  var context: AuditContext
  /// The findings, in group order.
  var findings: [Finding]
  /// The coverage of the source edition by the others.
  var coverage: Coverage

  /// The aligned editions in Triglot's order.
  var editions: [Edition] { context.alignment.editions.sorted { $0.language < $1.language } }

  /// The findings that blame `language`.
  func findings(blaming language: Language) -> [Finding] {
    findings.filter { $0.edition == language }
  }

  /// How many findings of each severity blame `language`.
  func severityCounts(_ language: Language) -> [Severity: Int] {
    findings(blaming: language).reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
  }

  /// The findings of group `group`.
  func findings(inGroup group: Int) -> [Finding] {
    findings.filter { $0.group == group }
  }

  /// The values to highlight in paragraph `index` of `language`: every value a finding of the
  /// paragraph's group shows for that edition, with the finding's severity.
  func highlights(_ language: Language, group: Int) -> [ValueHighlight] {
    findings(inGroup: group).flatMap { finding in
      (finding.values[language] ?? []).map {
        ValueHighlight(text: $0, severity: finding.severity, rule: finding.rule)
      }
    }
  }
}

/// A piece of a paragraph to highlight: a value a finding names.
struct ValueHighlight: Hashable {
  /// The value as written.
  var text: String
  /// The severity of the finding that names it.
  var severity: Severity
  /// The rule of that finding.
  var rule: String
}
