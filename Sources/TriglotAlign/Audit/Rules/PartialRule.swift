import TriglotText

/// `partial`: an aligned group where one edition's text is far shorter than the language pair
/// normally shows — a paragraph translated only in part.
///
/// The edition is reported when it is too short against every other edition in the group (see
/// ``LengthRatioModel`` for the thresholds and how they were measured).
public struct PartialRule: AuditRule {
  public let id = "partial"
  public let severity = Severity.warning
  public let summary = "an aligned paragraph far shorter than the language pair normally shows"
  /// The ratios and thresholds the rule judges by.
  public var model: LengthRatioModel

  /// Creates the rule with `model` (by default the one measured on the Corpora).
  public init(model: LengthRatioModel = .standard) {
    self.model = model
  }

  public func findings(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    for group in context.alignment.groups.indices {
      var lengths: [Language: Int] = [:]
      for language in context.languages {
        let length = context.articleLength(language, inGroup: group)
        if length > 0 { lengths[language] = length }
      }
      guard lengths.count >= 2 else { continue }
      for (language, length) in lengths.sorted(by: { $0.key < $1.key }) {
        let others = lengths.filter { $0.key != language }.sorted { $0.key < $1.key }
        let tooShort = others.allSatisfy {
          model.isTooShort(from: $0.key, length: $0.value, to: language, length: length)
        }
        guard tooShort else { continue }
        let compared = others.map { "\($0.value) in \($0.key.englishName)" }
        result.append(
          Finding(
            rule: id, severity: severity, group: group, edition: language,
            paragraphs: context.paragraphs(ofGroup: group),
            message: "\(language.englishName) edition's text is much shorter than expected "
              + "(\(length) characters against \(EditionList.values(compared))): "
              + "it may be translated only in part"))
      }
    }
    return result
  }
}
