import Foundation
import Testing
import TriglotTestSupport

@Suite("triglot audit DIR…")
struct AuditArchiveCommandTests {
  static let corpus = "Corpora/articles"
  static let slugs = [
    "01-budget-vote", "02-kharkiv-strike", "03-grain-exports", "04-opera-premiere",
    "05-football-qualifier", "06-energy-grid", "07-drone-production", "08-eurovision-selection",
    "09-parliament-session", "10-olympic-team", "11-reconstruction-conference",
    "12-weekly-digest", "13-hospital-reopening", "14-chess-olympiad",
  ]
  static let cleanSlugs = ["01-budget-vote", "04-opera-premiere"]

  /// A temporary folder holding copies of the clean article folders `cleanSlugs`.
  static func cleanArchive() throws -> URL {
    let folder = try TemporaryFolder.make("triglot-archive")
    for slug in cleanSlugs {
      try FileManager.default.copyItem(
        at: CLIRunner.packageRoot.appendingPathComponent("\(corpus)/\(slug)"),
        to: folder.appendingPathComponent(slug))
    }
    return folder
  }

  static func write(_ bytes: [UInt8], to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  static func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func textHasALinePerArticleTheirFindingsAndTotals() throws {
    // At 160 columns every article's line and the totals fit whole.
    let result = try CLIRunner.run(["audit", Self.corpus], environment: ["COLUMNS": "160"])
    #expect(result.status == 1, "the non-clean articles have errors")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    let summaryStart = try #require(lines.firstIndex { $0.hasPrefix("Summary: ") })
    let articleLines = lines[..<summaryStart].filter { $0.hasPrefix("\(Self.corpus)/") }
    #expect(
      articleLines.map { String($0.prefix { $0 != " " }) }
        == Self.slugs.map { "\(Self.corpus)/\($0)" })
    for line in articleLines {
      #expect(line.contains("uk en ru"), "\(line)")
      #expect(line.contains(" groups "), "\(line)")
      #expect(line.contains("lowest coverage "), "\(line)")
    }
    let budget = try #require(articleLines.first { $0.contains("01-budget-vote") })
    // 16 paragraphs groups; the caption the Ukrainian and Russian editions share is one of them.
    #expect(budget.contains("15 groups"))
    #expect(budget.contains("0 errors, 0 warnings, 0 info"))
    #expect(budget.hasSuffix("lowest coverage 100%"))
    let strike = try #require(articleLines.first { $0.contains("02-kharkiv-strike") })
    #expect(strike.contains("21 groups"))
    #expect(strike.contains("2 errors, 0 warnings, 0 info"))
    #expect(strike.hasSuffix("lowest coverage 90.6%"))
    // The findings block sits under its article's line, indented, with the marked values.
    let strikeIndex = try #require(lines.firstIndex(of: strike))
    #expect(lines[strikeIndex + 1] == "")
    // Numbered from 1, as `triglot align` numbers its rows (JSON: group 13, paragraph 11).
    #expect(lines[strikeIndex + 2].hasPrefix("    Group 14  uk ¶12 · en ¶11 · ru ¶11"))
    #expect(
      lines[strikeIndex + 3].contains(
        "error   number-mismatch  Russian edition says 265 where Ukrainian and English say 256"))
    #expect(result.stdout.contains("[265]"))
    // A clean article has no block: the next article follows directly.
    let budgetIndex = try #require(lines.firstIndex(of: budget))
    #expect(lines[budgetIndex + 1] == strike)
    #expect(!result.stdout.contains("No findings."))
    let totals = try #require(lines.last { !$0.isEmpty })
    // The figures README.md and Docs/audit.md give for the Corpora.
    #expect(totals.hasPrefix("14 articles, 10 with findings: 26 errors, 11 warnings, 0 info"))
    #expect(totals.contains("lowest coverage "))
    // The summary: counts, coverage bands, findings by rule, the worst articles first.
    let summary = Array(lines[summaryStart...])
    #expect(summary[0].hasPrefix("Summary: 14 articles audited, 10 with findings; "))
    #expect(summary[1].hasPrefix("Lowest coverage per article: 100% 5 · 95%–100% 2 · "))
    #expect(summary.contains { $0.hasPrefix("missing ") && $0.hasSuffix(" 16         0     0         9") })
    let worst = try #require(summary.firstIndex { $0.hasPrefix("Worst articles") })
    #expect(summary[worst + 2].hasPrefix("\(Self.corpus)/12-weekly-digest "))
  }

  @Test func jsonListsEveryArticleWithTheSingleArticleKeys() throws {
    let result = try CLIRunner.cachedRun(["audit", "--format", "json", Self.corpus])
    #expect(result.status == 1)
    let document = try Self.jsonObject(result.stdout)
    #expect(Set(document.keys) == ["version", "articles", "failed", "summary"])
    #expect((document["failed"] as? [Any])?.isEmpty == true)
    let summary = try #require(document["summary"] as? [String: Any])
    #expect(summary["articles"] as? Int == 14)
    #expect(summary["articlesWithFindings"] as? Int == 10)
    #expect((summary["severities"] as? [String: Int]) == ["error": 26, "warning": 11, "info": 0])
    #expect(document["version"] as? Int == 1)
    let articles = try #require(document["articles"] as? [[String: Any]])
    #expect(articles.count == 14)
    #expect(articles.map { $0["path"] as? String } == Self.slugs.map { "\(Self.corpus)/\($0)" })
    for article in articles {
      #expect(
        Set(article.keys) == ["path", "version", "editions", "groups", "findings", "coverage"])
      #expect(article["version"] as? Int == 1)
      #expect((article["editions"] as? [Any])?.count == 3)
    }
    let strike = try #require(
      articles.first { ($0["path"] as? String)?.hasSuffix("02-kharkiv-strike") == true })
    let findings = try #require(strike["findings"] as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == ["number-mismatch", "missing"])
  }

  @Test func anArticleEntryIsTheSingleArticleDocumentWithItsPath() throws {
    let folder = "\(Self.corpus)/02-kharkiv-strike"
    let archive = try CLIRunner.run(["audit", "--format", "json", folder])
    let single = try CLIRunner.run(
      ["audit", "--format", "json"]
        + ["uk", "en", "ru"].flatMap { ["--\($0)", "\(folder)/\($0).txt"] })
    #expect(archive.status == single.status)
    let articles = try #require(try Self.jsonObject(archive.stdout)["articles"] as? [[String: Any]])
    var entry = try #require(articles.first)
    #expect(entry.removeValue(forKey: "path") as? String == folder)
    #expect(NSDictionary(dictionary: entry).isEqual(to: try Self.jsonObject(single.stdout)))
  }

  @Test(arguments: [false, true])
  func cleanArticlesExitZero(givenOneByOne: Bool) throws {
    let folder = try Self.cleanArchive()
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments =
      givenOneByOne
      ? Self.cleanSlugs.map { folder.appendingPathComponent($0).path } : [folder.path]
    // Wide enough for a line per article under the long temporary paths.
    let result = try CLIRunner.run(["audit"] + arguments, environment: ["COLUMNS": "200"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    // A line per article, the summary (no rule or worst-article table without findings), the
    // totals.
    #expect(lines.count == 5, "\(result.stdout)")
    #expect(lines[0].hasPrefix(folder.appendingPathComponent("01-budget-vote").path))
    #expect(lines[1].hasPrefix(folder.appendingPathComponent("04-opera-premiere").path))
    #expect(lines[2].hasPrefix("Summary: 2 articles audited, 0 with findings; "))
    #expect(lines[3].hasPrefix("Lowest coverage per article: 100% 2 · 95%–100% 0"))
    #expect(
      lines[4] == "2 articles, 0 with findings: 0 errors, 0 warnings, 0 info; lowest coverage 100%")
  }

  @Test func optionsKeepTheirMeaningPerArticle() throws {
    // One article folder with errors tells --fail-on never as well as the whole archive does.
    let never = try CLIRunner.run(
      ["audit", "--fail-on", "never", "\(Self.corpus)/02-kharkiv-strike"])
    #expect(never.status == 0)
    let folder = try Self.cleanArchive()
    defer { try? FileManager.default.removeItem(at: folder) }
    let under = try CLIRunner.run(
      [
        "audit", "--format", "json", "--fail-under", "100", folder.path,
        "\(Self.corpus)/02-kharkiv-strike", "--fail-on", "never",
      ])
    #expect(under.status == 1, "02-kharkiv-strike covers under 100 %")
    let errorsOnly = try CLIRunner.run(
      ["audit", "--min-severity", "error", "\(Self.corpus)/07-drone-production"])
    #expect(errorsOnly.status == 0, "07 has warnings only")
    #expect(errorsOnly.stdout.contains("0 errors, 0 warnings, 0 info"))
    #expect(!errorsOnly.stdout.contains("Group "), "no block for findings below --min-severity")
  }

  @Test func anUnreadableArticleIsReportedAndTheOthersAudited() throws {
    let folder = try Self.cleanArchive()
    defer { try? FileManager.default.removeItem(at: folder) }
    let uk = try Data(
      contentsOf: CLIRunner.packageRoot.appendingPathComponent(
        "\(Self.corpus)/01-budget-vote/uk.txt"))
    let lonely = folder.appendingPathComponent("02-lonely")
    try Self.write(Array(uk), to: lonely.appendingPathComponent("uk.txt"))
    let broken = folder.appendingPathComponent("03-broken")
    try Self.write(Array(uk), to: broken.appendingPathComponent("uk.txt"))
    try Self.write(
      Array("Bad bytes: ".utf8) + [0xFF, 0x0A], to: broken.appendingPathComponent("en.txt"))
    for format in ["text", "json"] {
      let result = try CLIRunner.run(["audit", "--format", format, folder.path])
      #expect(result.status == 2, "an input error wins over findings")
      let errors = result.stderr.split(separator: "\n").map(String.init)
      #expect(errors.count == 2, "\(result.stderr)")
      #expect(
        errors.first
          == "triglot: \(lonely.path): needs at least two editions (uk, en, ru as .txt, .md or "
          + ".html); found only uk.txt"
      )
      #expect(errors.last?.hasPrefix("triglot: \(broken.path)/en.txt: invalid UTF-8") == true)
      if format == "json" {
        let articles = try #require(
          try Self.jsonObject(result.stdout)["articles"] as? [[String: Any]])
        #expect(
          articles.map { $0["path"] as? String }
            == Self.cleanSlugs.map { folder.appendingPathComponent($0).path })
      } else {
        #expect(result.stdout.contains("01-budget-vote"))
        #expect(result.stdout.contains("04-opera-premiere"))
        #expect(result.stdout.hasSuffix("; 2 not audited (see standard error)\n"))
      }
    }
  }

  /// An article folder takes its editions in any format and names every other file it holds.
  @Test func aFolderOfWebPagesIsAuditedAndOtherFilesAreNamed() throws {
    let folder = try TemporaryFolder.make("triglot-pages")
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = folder.appendingPathComponent("02-kharkiv-strike")
    try FileManager.default.copyItem(
      at: CLIRunner.packageRoot.appendingPathComponent("Corpora/pages/02-kharkiv-strike"),
      to: article)
    try Self.write(Array("notes".utf8), to: article.appendingPathComponent("notes.docx"))
    try Self.write(Array("Київ".utf8), to: article.appendingPathComponent("uk.txt"))
    let result = try CLIRunner.run(["audit", "--format", "json", folder.path])
    #expect(result.status == 1, "the pages carry the article's two errors")
    let notes = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      notes == [
        "triglot: note: \(article.path)/notes.docx: skipped; not an edition: edition files are "
          + "named uk, en or ru with .txt, .md or .html",
        "triglot: note: \(article.path)/uk.html: skipped; uk.txt is the Ukrainian edition (one "
          + "file per language)",
      ])
    let articles = try #require(try Self.jsonObject(result.stdout)["articles"] as? [[String: Any]])
    let editions = try #require(articles.first?["editions"] as? [[String: Any]])
    #expect(
      editions.map { $0["path"] as? String }
        == ["uk.txt", "en.html", "ru.html"].map {
          article.appendingPathComponent($0).path
        })
  }

  @Test func subfoldersThatAreNoArticlesAreNamed() throws {
    let folder = try Self.cleanArchive()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
    let result = try CLIRunner.run(["audit", folder.path])
    #expect(result.status == 0)
    #expect(
      result.stderr.hasPrefix(
        "triglot: note: \(folder.path)/images: skipped; not an article folder"))
  }

  @Test func aFolderWithoutArticlesIsAnInputError() throws {
    let result = try CLIRunner.run(["audit", "Sources", "\(Self.corpus)/01-budget-vote"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Sources: no article found"))
    #expect(result.stdout.contains("01-budget-vote"))
  }

  static let usageCases: [([String], String)] = [
    (["\(corpus)/01-budget-vote", "\(corpus)/01-budget-vote/uk.txt"], "is a file but"),
    (["\(corpus)/01-budget-vote/uk.txt", corpus], "is a file but"),
    ([corpus, "--uk", "\(corpus)/01-budget-vote/uk.txt"], "give article folders alone"),
    ([corpus, "--format", "html"], "--format html with article folders writes a folder of reports"),
    (["--corpus", corpus, "\(corpus)/01-budget-vote/uk.txt", "\(corpus)/01-budget-vote/en.txt"], "--corpus takes folders of articles"),
    (["--manifest", "-", corpus], "--manifest - lists the articles"),
    (["--manifest", "-", "--format", "csv"], "--manifest writes JSON Lines"),
    (["--uk", "a.txt", "--en", "b.txt", "--format", "jsonl"], "--format jsonl is for many articles"),
    ([corpus, "--jobs", "0"], "--jobs must be 1 or more"),
  ]

  @Test(arguments: usageCases)
  func mixingFoldersWithFilesIsAUsageError(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(["audit"] + arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func alignTurnsFoldersAway() throws {
    let result = try CLIRunner.run(["align", "\(Self.corpus)/01-budget-vote"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("align reads one article"))
  }
}
