import Foundation
import Testing
import TriglotTestSupport

/// The job of README and Docs/audit.md, `Docs/spark/audit_corpus.py`, run by PySpark in local
/// mode: Spark pipes each partition's manifest lines through `triglot audit --manifest -`, and
/// the result lines it writes are those triglot writes for the whole manifest, in order.
/// Skipped, with the reason printed, when pyspark or Java is not installed.
@Suite("triglot audit --manifest under Spark")
struct SparkPipeTests {
  static let slugs = ["01-budget-vote", "02-kharkiv-strike", "03-grain-exports", "04-opera-premiere"]

  /// Why the test cannot run here, or nil.
  static func missingTool() throws -> String? {
    let probe = try CLIRunner.shell("python3 -c 'import pyspark' && java -version")
    return probe.status == 0
      ? nil : "pyspark or Java is missing (pip install pyspark; apt-get install default-jre)"
  }

  @Test func theSparkJobWritesWhatTriglotAnswersLineByLine() throws {
    if let missing = try Self.missingTool() {
      print("skipped: \(missing)")
      return
    }
    let folder = try TemporaryFolder.make("triglot-spark")
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = CLIRunner.packageRoot.appendingPathComponent("Corpora/articles").path
    let manifest = try Self.slugs.map { slug in
      let entry = ["id": slug].merging(
        ["uk", "en", "ru"].map { ($0, "\(corpus)/\(slug)/\($0).txt") }) { $1 }
      return String(
        decoding: try JSONSerialization.data(withJSONObject: entry, options: .sortedKeys),
        as: UTF8.self)
    }.joined(separator: "\n") + "\n"
    let manifestFile = folder.appendingPathComponent("manifest.jsonl")
    try Data(manifest.utf8).write(to: manifestFile)
    let output = folder.appendingPathComponent("results")
    let job = CLIRunner.packageRoot.appendingPathComponent("Docs/spark/audit_corpus.py").path
    let run = try CLIRunner.shell(
      "python3 '\(job)' --master 'local[2]' --partitions 2 --triglot '\(CLIRunner.binary.path)' "
        + "'\(manifestFile.path)' '\(output.path)'")
    #expect(run.status == 0, "\(run.stderr.suffix(2000))")
    let parts = try FileManager.default.contentsOfDirectory(atPath: output.path)
      .filter { $0.hasPrefix("part-") }.sorted()
    #expect(parts.count == 2)
    let sparkLines = try parts.flatMap {
      try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8)
        .split(separator: "\n").map(String.init)
    }
    // The same manifest through one triglot process, without Spark. The line numbers differ
    // (each Spark partition is a manifest of its own), everything else is the same.
    let direct = try CLIRunner.run(["audit", "--manifest", manifestFile.path])
    #expect(direct.status == 0)
    func withoutLine(_ line: String) throws -> NSDictionary {
      var object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      object.removeValue(forKey: "line")
      return NSDictionary(dictionary: object)
    }
    let directLines = direct.stdout.split(separator: "\n").map(String.init)
    #expect(sparkLines.count == Self.slugs.count)
    #expect(try sparkLines.map(withoutLine) == directLines.map(withoutLine))
    // The job's summary, on its last line of standard output.
    let summary = try #require(run.stdout.split(separator: "\n").last)
    #expect(summary == #"{"articles": 4, "error": 5, "failed": 0, "fails": 2, "info": 0, "warning": 2}"#)
  }
}
