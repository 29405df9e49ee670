import Foundation
import Testing
import TriglotTestSupport

/// Article text and file names that try to run script in whoever opens the report: the HTML
/// report, the corpus index and its pages, and the served page are opened in headless Chromium,
/// which must show that nothing ran and no element was added.
@Suite("Hostile text in Chromium", .serveFixture())
struct HostileTextBrowserTests {
  /// A paragraph every edition ends with: markup, an event handler, the end of a CDATA
  /// section, entities, a right-to-left override.
  static let payload =
    #"Payload <script>window.__pwned=1;document.title='PWNED'</script> "><img src=x "#
    + #"onerror="window.__pwned=2"> ]]> &amp; &lt;b&gt; &#8238; 'x' "\#u{202E}001""#

  /// What `Tests/Browser/no_script.py` found in one page.
  struct PageCheck: Decodable {
    var file: String
    var title: String
    var pwned: String?
    var images: Int
    var scripts: Int
    var frames: Int
    var handlers: Int
    var text: String
  }

  /// The 01-budget-vote editions with the payload, in `folder`, the Ukrainian one under a name
  /// that is a payload too.
  static func hostileArticle(in folder: URL, ukName: String) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for language in ["uk", "en", "ru"] {
      let text = try String(
        contentsOf: PackageRoot.url("Corpora/articles/01-budget-vote/\(language).txt"),
        encoding: .utf8)
      let name = language == "uk" ? ukName : "\(language).txt"
      try Data((text + "\n\n" + payload + "\n").utf8).write(to: folder.appendingPathComponent(name))
    }
  }

  @Test(
    .enabled(
      if: ServeCommandTests.browser,
      "needs python3 with selenium 4 (pip install selenium), chromium and chromedriver (apt-get install chromium chromium-driver)"
    ))
  func reportsAndTheIndexRunNothing() throws {
    let folder = try TemporaryFolder.make("triglot-hostile")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ukName = #"x"><img src=x onerror="window.__pwned=3">.txt"#
    let article = folder.appendingPathComponent("article")
    try Self.hostileArticle(in: article, ukName: ukName)
    let report = folder.appendingPathComponent("report.html")
    let single = try CLIRunner.run(
      ["audit", "--uk", ukName, "--en", "en.txt", "--ru", "ru.txt", "--fail-on", "never",
       "--format", "html", "-o", report.path], directory: article)
    #expect(single.status == 0, "\(single.stderr)")
    // An archive whose article folder's name is a payload.
    let archive = folder.appendingPathComponent("archive")
    try Self.hostileArticle(
      in: archive.appendingPathComponent(#"a"><img src=x onerror="window.__pwned=4">"#),
      ukName: "uk.txt")
    let site = folder.appendingPathComponent("site")
    let corpus = try CLIRunner.run(
      ["audit", "--corpus", archive.path, "--fail-on", "never", "--format", "html", "-o",
       site.path])
    #expect(corpus.status == 0, "\(corpus.stderr)")
    let pages = try FileManager.default.contentsOfDirectory(
      atPath: site.appendingPathComponent("articles").path
    ).map { site.appendingPathComponent("articles/\($0)").path }
    #expect(pages.count == 1)
    let index = site.appendingPathComponent("index.html").path
    let files = [report.path, index] + pages
    let run = try CLIRunner.shell(
      "python3 '\(PackageRoot.path("Tests/Browser/no_script.py"))' "
        + files.map { "'\($0)'" }.joined(separator: " "))
    #expect(run.status == 0, "\(run.stderr)")
    let checks = try run.stdout.split(separator: "\n").map {
      try JSONDecoder().decode(PageCheck.self, from: Data($0.utf8))
    }
    #expect(checks.count == files.count)
    for check in checks {
      #expect(check.pwned == nil, "\(check.file): a payload ran")
      #expect(!check.title.contains("PWNED"), "\(check.file)")
      #expect(check.images == 0 && check.frames == 0 && check.handlers == 0, "\(check.file)")
      // The index sorts its table with its one script of its own; reports have none.
      #expect(check.scripts == (check.file == index ? 1 : 0), "\(check.file)")
      if check.file != index {
        // Shown as written: Plot alone turned "&amp;" into "&" and "&#8238;" into U+202E.
        #expect(check.text.contains("]]> &amp; &lt;b&gt; &#8238; 'x'"), "\(check.file)")
      }
    }
    #expect(try String(contentsOfFile: report.path, encoding: .utf8).contains("Payload &lt;script&gt;"))
  }

  @Test(
    .enabled(
      if: ServeCommandTests.browser,
      "needs python3 with selenium 4 (pip install selenium), chromium and chromedriver (apt-get install chromium chromium-driver)"
    ))
  func theServedPageRunsNothing() async throws {
    let folder = try TemporaryFolder.make("triglot-hostile-served")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.hostileArticle(in: folder, ukName: "uk.txt")
    let files = ["uk", "en", "ru"].map { "'\(folder.appendingPathComponent("\($0).txt").path)'" }
    let url = try ServeFixture.server.url.absoluteString + "/"
    let run = try CLIRunner.shell(
      "python3 '\(PackageRoot.path("Tests/Browser/serve_page.py"))' '\(url)' "
        + files.joined(separator: " "))
    #expect(run.status == 0, "\(run.stderr)")
    struct Page: Decodable {
      var url: String
      var title: String
      var text: String
      var pwned: String?
      var images: Int
    }
    let page = try JSONDecoder().decode(Page.self, from: Data(run.stdout.utf8))
    #expect(page.url.hasPrefix("blob:"), "the report opened")
    #expect(page.pwned == nil, "a payload ran")
    #expect(page.images == 0)
    #expect(!page.title.contains("PWNED"))
    #expect(page.text.contains("<script>window.__pwned=1"), "the payload is shown as text")
  }
}
