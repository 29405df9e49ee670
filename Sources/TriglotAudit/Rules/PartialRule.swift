import TriglotAlign
import TriglotText

/// `partial`: an aligned group where one edition's text is far shorter than the language pair
/// normally shows — a paragraph translated only in part.
///
/// The edition is reported when it is too short against every other edition in the group (see
/// ``LengthRatioModel`` for the thresholds and how they were measured). A partial translation
/// can also leave the aligner two neighbouring one-sided groups: the edition's short paragraph
/// alone, and the full paragraph of the others without it. When the short paragraph is as long
/// as the others' first sentences and states nothing they do not, the pair is reported as one
/// `partial` finding covering both groups (and ``Auditor`` drops the two `missing` findings).
public struct PartialRule: AuditRule {
  public let id = AuditRuleID.partial
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
        let untranslated = untranslatedSentences(language, inGroup: group, context)
        var message =
          "\(language.englishName) edition's text is much shorter than expected "
          + "(\(length) characters against \(EditionList.values(compared))): "
          + "it may be translated only in part"
        if let (other, sentences) = untranslated.min(by: { $0.key < $1.key }),
          let first = sentences.first
        {
          let more = sentences.count > 1 ? " and \(sentences.count - 1) more" : ""
          message +=
            "; it lacks the \(other.englishName) sentence “\(Self.excerpt(first))”\(more)"
        }
        result.append(
          Finding(
            rule: id, severity: severity, group: group, edition: language,
            paragraphs: context.paragraphs(ofGroup: group), message: message,
            sentences: untranslated))
      }
    }
    return (result + splitPairs(in: context)).sorted { $0.group < $1.group }
  }

  /// Per other edition, its sentences of `group` that the sentence alignment links to no
  /// sentence of `language`: what the short edition leaves untranslated.
  private func untranslatedSentences(
    _ language: Language, inGroup group: Int, _ context: AuditContext
  ) -> [Language: [String]] {
    guard let sentences = try? SentenceAligner().align(group: group, of: context.alignment)
    else { return [:] }
    var result: [Language: [String]] = [:]
    for sentenceGroup in sentences.groups[group] where sentenceGroup[language].isEmpty {
      for other in sentenceGroup.languages {
        result[other, default: []].append(sentences.text(of: sentenceGroup[other], in: other))
      }
    }
    return result
  }

  /// The start of `sentence`, cut at a word near 60 characters.
  static func excerpt(_ sentence: String) -> String {
    guard sentence.count > 60 else { return sentence }
    let start = sentence.prefix(60)
    return (start.lastIndex(of: " ").map { String(start[..<$0]) } ?? String(start)) + "…"
  }

  /// Neighbouring groups `a` (one edition alone) and `b` (every other edition, that one
  /// lacking) where `a` holds the first sentences of `b`.
  private func splitPairs(in context: AuditContext) -> [Finding] {
    var result: [Finding] = []
    let groups = context.alignment.groups
    for first in groups.indices.dropLast() {
      for (lone, full) in [(first, first + 1), (first + 1, first)] {
        let loneLanguages = context.languages.filter {
          !context.articleParagraphs($0, inGroup: lone).isEmpty
        }
        guard loneLanguages.count == 1, let language = loneLanguages.first,
          groups[lone].paragraphs.values.filter({ !$0.isEmpty }).count == 1,
          groups[full][language].isEmpty
        else { continue }
        let others = context.languages.filter { $0 != language }
        guard others.allSatisfy({ !context.articleParagraphs($0, inGroup: full).isEmpty }),
          let finding = splitPair(language, lone: lone, full: full, others: others, context)
        else { continue }
        result.append(finding)
      }
    }
    return result
  }

  private func splitPair(
    _ language: Language, lone: Int, full: Int, others: [Language], _ context: AuditContext
  ) -> Finding? {
    let short = context.articleFacts(language, inGroup: lone)
    let length = short.reduce(0) { $0 + $1.length }
    let stated = Set(short.flatMap { $0.numbers.map(\.key) + $0.dates.map(\.key) })
    for other in others {
      let facts = context.articleFacts(other, inGroup: full)
      let otherLength = facts.reduce(0) { $0 + $1.length }
      let otherStated = Set(facts.flatMap { $0.numbers.map(\.key) + $0.dates.map(\.key) })
      guard model.isTooShort(from: other, length: otherLength, to: language, length: length),
        stated.isSubset(of: otherStated),
        let text = facts.first?.text,
        let sentences = try? SentenceSplitter(language: other).sentences(in: text),
        sentences.count > 1
      else { return nil }
      // Some prefix of whole sentences must have the length a translation would.
      var prefix = 0
      let fits = sentences.dropLast().contains { sentence in
        prefix += sentence.text.count
        return abs(model.deviation(from: other, length: prefix, to: language, length: length))
          <= model.tolerance / 2
      }
      guard fits else { return nil }
    }
    var paragraphs: [Language: [Int]] = [:]
    for each in context.languages {
      paragraphs[each] = context.alignment.groups[each == language ? lone : full][each]
    }
    return Finding(
      rule: id, severity: severity, group: full, edition: language, paragraphs: paragraphs,
      message: "\(language.englishName) edition keeps only the first sentence(s) of this "
        + "paragraph (\(length) characters, as its own paragraph \(paragraphs[language]![0] + 1)): "
        + "it is translated only in part")
  }
}
