import Foundation
import Testing
import TriglotTestSupport

/// Runs the shared contract checker (`../shared/tools/check-contract`, beside the package as CI
/// clones it) over the Corpora with the built binary. The project's own schema tests
/// (`SchemaTests`) are what must pass; this extra check runs only where the shared folder exists,
/// so that a clone of the repository alone passes its tests.
@Suite("Shared JSON contract checker")
struct ContractTests {
  /// `../shared`, the folder beside the package; a clone of the repository alone has none.
  static let shared = PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared")
  static let tool = shared.appendingPathComponent("tools/check-contract")

  /// Whether `../shared` exists and holds the checker: otherwise the test is skipped.
  static let toolIsBeside: Bool = {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDirectory)
      && isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: tool.path)
  }()

  @Test(
    .enabled(
      if: toolIsBeside,
      "../shared/tools/check-contract is not beside the package; the schema tests still run"))
  func checkContractPassesOnTheCorpora() throws {
    let process = Process()
    process.executableURL = Self.tool
    process.arguments = [CLIRunner.binary.path, CLIRunner.path("Corpora/articles")]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "check-contract failed:\n\(text)")
    #expect(text.contains(" passed, 0 failed"))
  }
}
