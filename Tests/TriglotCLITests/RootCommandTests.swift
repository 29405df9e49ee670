import Testing
import TriglotTestSupport

@Suite("triglot (root command)")
struct RootCommandTests {
  @Test func helpListsSubcommandsAndExitCodes() throws {
    let result = try CLIRunner.run(["--help"])
    #expect(result.status == 0)
    for name in ["normalize", "detect", "translit", "align", "eval", "audit"] {
      #expect(result.stdout.contains(name))
    }
    #expect(result.stdout.contains("Exit codes"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try CLIRunner.run(["--no-such-option"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("no-such-option"))
  }
}
