import Foundation
import Testing
import TriglotTestSupport

/// `triglot audit --corpus DIR` and the batch outputs: JSON Lines, CSV, the HTML folder, the
/// progress bar, failed articles.
@Suite("triglot audit --corpus")
struct AuditCorpusCommandTests {
  /// A month of archive: `2026/11/03/budget`, `2026/11/04/strike` (errors),
  /// `2026/11/05/opera` and `2026/11/05/lonely` (one edition, not auditable), plus a folder
  /// of images that holds no edition.
  static func archive() throws -> URL {
    let root = try TemporaryFolder.make("triglot-corpus")
    let corpus = CLIRunner.packageRoot.appendingPathComponent("Corpora/articles")
    let copies = [
      ("2026/11/03/budget", "01-budget-vote"), ("2026/11/04/strike", "02-kharkiv-strike"),
      ("2026/11/05/opera", "04-opera-premiere"),
    ]
    for (path, slug) in copies {
      let target = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: corpus.appendingPathComponent(slug), to: target)
    }
    let lonely = root.appendingPathComponent("2026/11/05/lonely")
    try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: corpus.appendingPathComponent("01-budget-vote/uk.txt"),
      to: lonely.appendingPathComponent("uk.txt"))
    let images = root.appendingPathComponent("2026/images")
    try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
    try Data([0x89, 0x50]).write(to: images.appendingPathComponent("photo.png"))
    return root
  }

  static let articles = [
    "2026/11/03/budget", "2026/11/04/strike", "2026/11/05/lonely", "2026/11/05/opera",
  ]

  static func lines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func jsonLinesGiveEveryArticleAtAnyDepthInFolderOrder() throws {
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try CLIRunner.run(["audit", "--corpus", root.path, "--format", "jsonl"])
    #expect(result.status == 2, "an article that cannot be read wins over findings")
    let lines = try Self.lines(result.stdout)
    #expect(lines.map { $0["path"] as? String } == Self.articles.map { root.path + "/" + $0 })
    let strike = lines[1]
    #expect(strike["version"] as? Int == 1)
    #expect(strike["fails"] as? Bool == true)
    #expect((strike["findings"] as? [[String: Any]])?.map { $0["rule"] as? String }
      == ["number-mismatch", "missing"])
    #expect(lines[0]["fails"] as? Bool == false)
    // The lonely edition is a line with its reason, and a line on standard error.
    let lonely = lines[2]
    #expect(Set(lonely.keys) == ["version", "path", "error"])
    let message = try #require((lonely["error"] as? [String: Any])?["message"] as? String)
    #expect(message.contains("needs at least two editions"))
    #expect(result.stderr.contains("triglot: \(root.path)/2026/11/05/lonely: needs at least two editions"))
    // Each line is the single-article document with its path and gate added.
    let single = try CLIRunner.run(
      ["audit", "--format", "json"]
        + ["uk", "en", "ru"].flatMap { ["--\($0)", "\(root.path)/2026/11/04/strike/\($0).txt"] })
    var entry = strike
    entry.removeValue(forKey: "path")
    entry.removeValue(forKey: "fails")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
    #expect(NSDictionary(dictionary: entry).isEqual(to: document))
  }

  /// One worker or two, the output is the same bytes.
  @Test func theOutputDoesNotDependOnHowManyArticlesRunAtOnce() throws {
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let one = try CLIRunner.run(["audit", "--corpus", root.path, "--format", "jsonl", "--jobs", "1"])
    let three = try CLIRunner.run(
      ["audit", "--corpus", root.path, "--format", "jsonl", "--jobs", "3"])
    #expect(one.stdout == three.stdout)
    #expect(one.stderr == three.stderr)
    #expect(one.status == three.status)
  }

  @Test(arguments: [300, 60])
  func textGivesTheSummaryAlone(columns: Int) throws {
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try CLIRunner.run(
      ["audit", "--corpus", root.path, "--fail-on", "never"],
      environment: ["COLUMNS": String(columns)])
    #expect(result.status == 2)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    #expect(lines.allSatisfy { $0.count <= columns }, "\(result.stdout)")
    #expect(!lines.contains { $0.hasPrefix("    Group ") }, "no article's findings")
    #expect(lines.contains("Not audited (1):"))
    guard columns == 300 else { return }
    #expect(
      lines.first
        == "Summary: 3 articles audited, 1 with findings; 113 paragraphs in 46 groups; "
        + "1 not audited")
    #expect(lines.contains { $0.hasPrefix("  \(root.path)/2026/11/05/lonely: needs at least two") })
    #expect(
      lines.contains { $0.hasPrefix("\(root.path)/2026/11/04/strike") && $0.hasSuffix("90.6%") })
    #expect(lines.last { !$0.isEmpty }?.hasSuffix("; 1 not audited (see standard error)") == true)
  }

  @Test func csvHasARowPerFindingAndPerFailedArticle() throws {
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try CLIRunner.run(["audit", "--corpus", root.path, "--format", "csv"])
    let rows = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      rows.first
        == "path,status,rule,severity,group,edition,paragraphs_uk,paragraphs_en,paragraphs_ru,"
        + "values_uk,values_en,values_ru,message")
    // Numbered from 1 as in the text report: Group 14, ¶12 / ¶11 / ¶11.
    #expect(
      rows[1]
        == "\(root.path)/2026/11/04/strike,audited,number-mismatch,error,14,ru,12,11,11,256,256,"
        + "265,Russian edition says 265 where Ukrainian and English say 256")
    #expect(rows[2].hasPrefix("\(root.path)/2026/11/04/strike,audited,missing,error,16,en,14,,13,,,,\""))
    #expect(rows[3].hasPrefix("\(root.path)/2026/11/05/lonely,not audited,,,,,,,,,,,"))
    #expect(rows.count == 4)
  }

  @Test func htmlMakesAFolderWithAnIndexLinkingEveryReport() throws {
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appendingPathComponent("report")
    let result = try CLIRunner.run(
      ["audit", "--corpus", root.path, "--format", "html", "-o", site.path, "--fail-on", "never"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
    let links = index.components(separatedBy: "href=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    #expect(links == ["articles/2026--11--03--budget.html", "articles/2026--11--04--strike.html",
      "articles/2026--11--05--opera.html"])
    for link in links {
      let page = try String(contentsOf: site.appendingPathComponent(link), encoding: .utf8)
      #expect(page.contains("<h1>Edition audit</h1>"))
    }
    #expect(index.contains("not audited: "))
    #expect(index.contains("<caption>Findings by rule</caption>"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["2026", "report"],
      "no temporary folder is left")
    // A second run replaces the folder it made, given --force; anything else at the path is
    // left alone.
    let kept = try CLIRunner.run(
      ["audit", "--corpus", root.path + "/2026/11/03", "--format", "html", "-o", site.path])
    #expect(kept.status == 2)
    #expect(kept.stderr.contains("already holds a report folder; give --force"), "\(kept.stderr)")
    let again = try CLIRunner.run(
      ["audit", "--corpus", root.path + "/2026/11/03", "--format", "html", "--force", "-o",
       site.path])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(
      atPath: site.appendingPathComponent("articles").path) == ["budget.html"])
    let refused = try CLIRunner.run(
      ["audit", "--corpus", root.path, "--format", "html", "-o", root.path + "/2026"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("already exists and is not a folder an earlier"))
    #expect(FileManager.default.fileExists(atPath: root.path + "/2026/images/photo.png"))
  }

  /// What `Tests/Browser/corpus_index.py` saw.
  struct IndexPage: Decodable {
    var loaded: [String]
    var errorsAscending: [String]
    var errorsDescending: [String]
    var coverageAscending: [String]
    var linkTitles: [String]
  }

  /// The index in Chromium: its table sorts by the column clicked (numbers by value, a failed
  /// article's row with them), and every link opens the article's report.
  @Test(
    .enabled(
      if: ServeCommandTests.browser,
      "needs python3 with selenium 4 (pip install selenium), chromium and chromedriver (apt-get install chromium chromium-driver)"
    ))
  func theIndexSortsInChromiumAndLinksEveryReport() throws {
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appendingPathComponent("report")
    _ = try CLIRunner.run(["audit", "--corpus", root.path, "--format", "html", "-o", site.path])
    let script = PackageRoot.path("Tests/Browser/corpus_index.py")
    let run = try CLIRunner.shell(
      "python3 '\(script)' '\(site.appendingPathComponent("index.html").path)'")
    #expect(run.status == 0, "\(run.stderr)")
    let page = try JSONDecoder().decode(IndexPage.self, from: Data(run.stdout.utf8))
    let names = Self.articles.map { root.path + "/" + $0 }
    #expect(page.loaded == names)
    // budget, lonely (no count) and opera have no error, strike has two.
    #expect(page.errorsDescending.first == names[1])
    #expect(page.errorsAscending.last == names[1])
    #expect(page.coverageAscending.prefix(2) == [names[2], names[1]], "not audited counts as 0")
    #expect(page.linkTitles.count == 3)
    #expect(page.linkTitles.allSatisfy { $0.hasPrefix("Triglot audit — uk.txt, en.txt, ru.txt") })
  }

  /// On a terminal (a pseudo-terminal from `script`) the progress bar is drawn on standard
  /// error and taken off at the end; elsewhere, and with --quiet, nothing is drawn.
  @Test func aProgressBarIsDrawnOnATerminalOnly() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      print("skipped: util-linux's script(1) is not installed (apt-get install bsdutils)")
      return
    }
    let root = try Self.archive()
    defer { try? FileManager.default.removeItem(at: root) }
    let binary = CLIRunner.binary.path
    let typescript = root.appendingPathComponent("typescript")
    let drawn = try CLIRunner.shell(
      "COLUMNS=100 /usr/bin/script -qec '\(binary) audit --corpus \(root.path)/2026/11/03 "
        + "\(root.path)/2026/11/05/opera -o \(root.path)/out.txt' \(typescript.path)")
    #expect(drawn.status == 0, "\(drawn.stderr)")
    let screen = try String(contentsOf: typescript, encoding: .utf8)
    #expect(screen.contains("2/2 articles ["), "\(screen)")
    #expect(screen.contains("100%"))
    #expect(screen.contains("\r\u{1B}[K"))
    let quiet = try CLIRunner.shell(
      "COLUMNS=100 /usr/bin/script -qec '\(binary) audit --quiet --corpus \(root.path)/2026/11/03 "
        + "--force -o \(root.path)/out.txt' \(typescript.path)")
    #expect(quiet.status == 0)
    #expect(!(try String(contentsOf: typescript, encoding: .utf8)).contains("articles ["))
  }

  /// Ctrl-C stops taking articles: those in work are finished and written, the output is whole
  /// (a JSON document that parses), standard error says how many, and the exit code is 130.
  @Test func anInterruptedRunWritesWhatItFinished() throws {
    let root = try TemporaryFolder.make("triglot-interrupt")
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = CLIRunner.packageRoot.appendingPathComponent("Corpora/articles")
    for copy in 0..<3 {
      for slug in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
        try FileManager.default.copyItem(
          at: corpus.appendingPathComponent(slug),
          to: root.appendingPathComponent("\(copy)-\(slug)"))
      }
    }
    let output = root.appendingPathComponent("out.json")
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = [
      "audit", "--corpus", root.path, "--format", "json", "-o", output.path, "--jobs", "1",
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Long enough to have started, far from the 42 articles' end.
    usleep(1_500_000)
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 130, "\(stderr)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
    let articles = try #require(document["articles"] as? [Any])
    #expect(articles.count < 42)
    #expect(stderr.contains("triglot: interrupted: the output holds the \(articles.count) of 42 articles done"))
  }

  @Test func aCorpusWithoutArticlesIsAnInputError() throws {
    let root = try TemporaryFolder.make("triglot-empty")
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try CLIRunner.run(["audit", "--corpus", root.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(root.path): no article folder under it"))
    let missing = try CLIRunner.run(["audit", "--corpus", root.path + "/nope"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "triglot: \(root.path)/nope: no such folder\n")
  }
}
