import Foundation
import Testing
import TriglotAlign
import TriglotTestSupport
import TriglotText

/// The aligner on the repository's article Corpora, against the hand-made gold alignments.
/// Every article is aligned once for the whole run (``AlignedArticle/corpora``).
@Suite("Corpus alignment")
struct CorpusAlignmentTests {
  static var results: Result<[AlignedArticle], any Error> { AlignedArticle.corpora }

  @Test func corporaHaveAtLeastTwelveArticles() throws {
    let results = try Self.results.get()
    #expect(
      results.count >= 12,
      "\(CorporaArticle.folder.path) has \(results.count) articles with gold.json; 12 are required")
  }

  @Test func everyAlignmentIsAMonotonePartition() throws {
    for result in try Self.results.get() { expectValidPartition(result.alignment) }
  }

  @Test func overallPairF1IsAtLeast98Percent() throws {
    let results = try Self.results.get()
    try #require(results.count >= 12)
    let overall = results.map(\.score).reduce(.zero, +)
    for result in results where result.score.overall.f1 < 1 {
      print("\(result.article.slug): pair F1 \(result.score.overall.f1)")
    }
    print("Triglot overall pair F1 on \(results.count) articles: \(overall.overall.f1)")
    #expect(overall.overall.f1 >= 0.98)
  }

  @Test func boilerplateMatchesTheGold() throws {
    var found = 0
    var expected = 0
    var correct = 0
    for result in try Self.results.get() {
      for language in Language.editions {
        let gold = Set(result.article.reference.boilerplate[language] ?? [])
        let marked = Set(
          (result.alignment.paragraphInfo[language] ?? []).filter(\.isBoilerplate).map(\.index))
        expected += gold.count
        found += marked.count
        correct += gold.intersection(marked).count
      }
    }
    #expect(correct == expected, "boilerplate recall \(correct)/\(expected)")
    #expect(correct == found, "boilerplate precision \(correct)/\(found)")
  }

  /// Triglot against a Gale–Church length-only baseline on the same articles.
  @Test func beatsTheGaleChurchBaseline() throws {
    let results = try Self.results.get()
    try #require(results.count >= 12)
    let triglot = results.map(\.score).reduce(.zero, +).overall.f1
    let baseline = results.map {
      GaleChurchBaseline.score($0.article.editions, reference: $0.article.reference.groups)
    }.reduce(.zero, +).overall.f1
    let margin = triglot - baseline
    print(
      "pair F1 — Triglot \(String(format: "%.4f", triglot)), Gale–Church baseline "
        + "\(String(format: "%.4f", baseline)), margin \(String(format: "%.4f", margin))")
    #expect(triglot - baseline >= 0.05)
  }

  /// The behaviour that matters most, on real articles: remove a paragraph that all three
  /// editions share from one edition, and the others must come out as a group without it.
  /// A sample (every ninth such paragraph of the articles under 100 paragraphs, rotating over
  /// the editions) keeps the test fast.
  @Test func paragraphsRemovedFromTheCorporaComeOutAsOmissions() throws {
    var recovered = 0
    var tried = 0
    for result in try Self.results.get()
    where result.article.editions.allSatisfy({ $0.paragraphs.count < 100 }) {
      let article = result.article
      let shared = article.reference.groups.filter { group in
        Language.editions.allSatisfy { group[$0].count == 1 }
      }
      for (position, group) in shared.enumerated() where position % 9 == 4 {
        let slot = (position / 9) % 3
        let language = Language.editions[slot]
        var editions = article.editions
        var paragraphs = editions[slot].paragraphs
        paragraphs.remove(at: group[language][0])
        editions[slot] = Edition(language: language, source: "edited", paragraphs: paragraphs)
        let alignment = try ParagraphAligner().align(editions)
        let others = Language.editions.filter { $0 != language }
        tried += 1
        if alignment.groups.contains(where: { candidate in
          candidate[language].isEmpty && others.allSatisfy { candidate[$0] == group[$0] }
        }) {
          recovered += 1
        } else {
          print(
            "\(article.slug): paragraph \(group[language][0]) removed from \(language) not found")
        }
      }
    }
    print("omissions recovered: \(recovered)/\(tried)")
    #expect(tried >= 20)
    #expect(Double(recovered) >= 0.95 * Double(tried))
  }
}
