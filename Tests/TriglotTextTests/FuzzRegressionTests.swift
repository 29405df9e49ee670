import Foundation
import Testing
import TriglotTestSupport
import TriglotText

/// The inputs the fuzz targets crashed or stalled on (Tests/Fuzz/README.md), kept in
/// Tests/Fuzz/Regressions/ and read here as the library reads a file, so that `make test`
/// checks them without libFuzzer. Each must be read to the end, within the time limit.
@Suite("Fuzz regressions: the reader")
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
}
