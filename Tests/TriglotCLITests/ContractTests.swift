import Foundation
import Testing

/// Runs the shared contract checker (`../shared/tools/check-contract`, beside the package as CI
/// clones it) over the Corpora with the built binary.
@Suite("JSON contract")
struct ContractTests {
  @Test func checkContractPassesOnTheCorpora() throws {
    let tool = CLIRunner.packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/tools/check-contract")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else {
      Issue.record(
        "check-contract not found at \(tool.path): clone the shared/ folder beside the package")
      return
    }
    let process = Process()
    process.executableURL = tool
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
