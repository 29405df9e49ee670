import Foundation
import Testing
import TriglotTestSupport
import TriglotText

/// The inputs the fuzz targets crashed, leaked or stalled on (Tests/Fuzz/README.md), kept in
/// Tests/Fuzz/Regressions/ and read here as the library reads a file, so that `make test`
/// checks them without libFuzzer. Each must be read to the end, within the time limit.
@Suite("Fuzz regressions: the reader and the anchors")
struct FuzzRegressionTests {
  /// The reader's inputs (`readers-*`): read with the format of their extension.
  static let readerInputs: [String] = {
    let folder = PackageRoot.url("Tests/Fuzz/Regressions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("readers-") }.sorted()
  }()

  @Test func thereAreReaderRegressions() {
    #expect(!Self.readerInputs.isEmpty)
  }

  @Test(.timeLimit(.minutes(1)), arguments: FuzzRegressionTests.readerInputs)
  func readsToTheEnd(name: String) throws {
    let url = PackageRoot.url("Tests/Fuzz/Regressions/\(name)")
    let bytes = Array(try Data(contentsOf: url))
    let document = try DocumentReader.read(bytes, source: name, pathExtension: url.pathExtension)
    #expect(!document.paragraphs.isEmpty)
  }

  /// The anchor extractors' inputs (`anchors-*`: a selector byte, then the text), run in every
  /// language: each anchor's range lies inside the text.
  static let anchorInputs: [String] = {
    let folder = PackageRoot.url("Tests/Fuzz/Regressions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("anchors-") }.sorted()
  }()

  @Test(.timeLimit(.minutes(1)), arguments: FuzzRegressionTests.anchorInputs)
  func anchorsLieInsideTheText(name: String) throws {
    let bytes = try Data(contentsOf: PackageRoot.url("Tests/Fuzz/Regressions/\(name)"))
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let count = text.unicodeScalars.count
    let languages: [Language?] = [.uk, .en, .ru, .other, .mixed, nil]
    for language in languages {
      let anchors = ParagraphAnchors(text: text, language: language)
      let ranges =
        anchors.numbers.map(\.range) + anchors.dates.map(\.range) + anchors.names.map(\.range)
      #expect(ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= count })
    }
  }
}
