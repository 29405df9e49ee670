import Foundation
import Testing
import TriglotTestSupport

@testable import triglot

/// Request bodies the `serve` fuzz target stalled on (Tests/Fuzz/README.md), kept in
/// Tests/Fuzz/Regressions/ as `serve-*.json`: each decodes as `POST /v1/align` decodes it, and
/// its editions are read to the end within the time limit.
@Suite("Decoding request bodies: fuzz regressions")
struct EditionsRequestTests {
  static let bodies: [String] = {
    let folder = PackageRoot.url("Tests/Fuzz/Regressions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("serve-") }.sorted()
  }()

  @Test func thereAreRequestRegressions() {
    #expect(!Self.bodies.isEmpty)
  }

  @Test(.timeLimit(.minutes(1)), arguments: EditionsRequestTests.bodies)
  func readsTheEditions(name: String) throws {
    let body = try Data(contentsOf: PackageRoot.url("Tests/Fuzz/Regressions/\(name)"))
    let request = try EditionsRequest<AlignRequestOptions>.parse(body)
    let editions = try request.editions()
    #expect(editions.count == request.uploads.count)
    #expect(editions.allSatisfy { !$0.paragraphs.isEmpty })
  }

  /// The Markdown edition with a `<p` that no `>` follows keeps it as text.
  @Test(.timeLimit(.minutes(1)))
  func anUnclosedParagraphTagInMarkdownIsText() throws {
    let body = try Data(
      contentsOf: PackageRoot.url("Tests/Fuzz/Regressions/serve-markdown-unclosed-p.json"))
    let editions = try EditionsRequest<AlignRequestOptions>.parse(body).editions()
    let uk = try #require(editions.first { $0.language == .uk })
    #expect(uk.paragraphs.contains { $0.text.contains("зі <pбірною США") })
  }
}
