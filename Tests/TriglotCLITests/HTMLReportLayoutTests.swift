import Foundation
import Testing
import TriglotTestSupport

/// The HTML report as a browser lays it out: headless Chromium renders the report of an article
/// with findings at a desktop width and at a phone's, and a script measures the page. Skipped,
/// with the reason, when `chromium` is not installed.
///
/// Headless Chromium keeps its window at least 500 px wide when it dumps the DOM, so the report
/// is measured inside an iframe of the exact width (media queries answer to the iframe's
/// viewport), written with `srcdoc` so that the script can hand its figures to the outer page,
/// whose DOM Chromium prints. The same run takes the screenshot; with
/// `TRIGLOT_UPDATE_SCREENSHOTS=1` it is also written to `Docs/images/`, which README.md shows:
///
///     TRIGLOT_UPDATE_SCREENSHOTS=1 swift test --skip-build --filter HTMLReportLayoutTests
@Suite("HTML report laid out by headless Chromium", .serialized)
struct HTMLReportLayoutTests {
  /// One window: its size, the screenshot it leaves, and the layout expected of it.
  struct Viewport: Sendable, CustomTestStringConvertible {
    var width: Int
    var height: Int
    /// Whether each group's editions stand one under the other (else side by side).
    var stacked: Bool
    /// Whether the screenshot starts at the first group with a finding (else at the top).
    var showsFirstFinding: Bool
    /// The screenshot's file name under `Docs/images/`.
    var screenshot: String

    var testDescription: String { "\(width) px" }
  }

  /// What the script measured, in CSS pixels.
  struct Layout: Decodable {
    /// An element's horizontal extent and top.
    struct Box: Decodable {
      var left: Double
      var right: Double
      var top: Double
    }
    /// The edition cells with text of one group (`id`), in document order.
    struct Group: Decodable {
      var id: String
      var cells: [Box]
    }
    /// The viewport's width, and its width without a scroll bar.
    var innerWidth: Double
    var clientWidth: Double
    /// The page's width: more than `clientWidth` when something overflows sideways.
    var scrollWidth: Double
    /// The widths of the boxes holding a finding's message: in the list, then in the notes.
    var messages: [Double]
    var groups: [Group]
    /// Elements whose content is wider than their box (cut off or spilling into a neighbour).
    var overflowing: [String]
    /// Elements that reach past the viewport's left or right edge.
    var outside: [String]
  }

  static let chromium: Bool = (try? CLIRunner.shell("command -v chromium"))?.status == 0
  static let updating = ProcessInfo.processInfo.environment["TRIGLOT_UPDATE_SCREENSHOTS"] == "1"

  /// Article 02 has a number-mismatch and a missing paragraph, and boilerplate before and after.
  static let editions = ["uk", "en", "ru"].flatMap {
    ["--\($0)", "Corpora/articles/02-kharkiv-strike/\($0).txt"]
  }

  static let viewports = [
    // The desktop shot shows the groups with findings side by side; the phone's shows the top:
    // cards, the list of findings, the legend and the first groups, stacked.
    Viewport(
      width: 1400, height: 1000, stacked: false, showsFirstFinding: true,
      screenshot: "audit-report-1400.png"),
    Viewport(
      width: 400, height: 1600, stacked: true, showsFirstFinding: false,
      screenshot: "audit-report-400.png"),
  ]

  /// Measures the page it is placed in, hands the figures to the outer page's `#layout`, then
  /// scrolls to the first group with a finding when asked (`SCROLL` is replaced by true or false).
  static let script = """
    (function () {
      var all = Array.prototype.slice.call(document.body.querySelectorAll('*'));
      function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + (e.className ? '.' + String(e.className).split(' ').join('.') : ''); }
      function box(e) { var r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top }; }
      function shown(e) { var r = e.getBoundingClientRect(); return r.width > 1 && r.height > 1; }
      var root = document.documentElement;
      var layout = {
        innerWidth: window.innerWidth, clientWidth: root.clientWidth,
        scrollWidth: root.scrollWidth,
        messages: Array.prototype.map.call(document.querySelectorAll('.message, .note-message'),
          function (e) { return e.getBoundingClientRect().width; }),
        groups: Array.prototype.map.call(document.querySelectorAll('.group'), function (g) {
          return { id: g.id, cells: Array.prototype.filter.call(g.children, function (c) {
            return c.classList.contains('cell') && shown(c); }).map(box) };
        }),
        overflowing: all.filter(function (e) {
          return shown(e) && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1; }).map(name),
        outside: all.filter(function (e) { var r = e.getBoundingClientRect();
          return shown(e) && (r.left < -0.5 || r.right > root.clientWidth + 0.5); }).map(name)
      };
      parent.document.getElementById('layout').textContent = JSON.stringify(layout);
      var first = document.querySelector('.group.has-error, .group.has-warning, .group.has-info');
      if (SCROLL && first) { first.scrollIntoView(); }
    })();
    """

  @Test(
    .enabled(if: chromium, "chromium is not installed (apt-get install chromium)"),
    arguments: viewports)
  func reportFitsTheWindow(_ viewport: Viewport) throws {
    let folder = try TemporaryFolder.make("triglot-layout")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (layout, screenshot) = try Self.render(viewport, in: folder)

    #expect(
      layout.scrollWidth <= layout.clientWidth,
      "the page is \(layout.scrollWidth) px wide in a \(layout.clientWidth) px window")
    #expect(layout.innerWidth == Double(viewport.width))
    #expect(layout.overflowing.isEmpty, "content wider than its box: \(layout.overflowing)")
    #expect(layout.outside.isEmpty, "past the window's edge: \(layout.outside)")
    #expect(layout.messages.count == 4, "two findings, each in the list and in a note")
    for width in layout.messages {
      #expect(width >= 200, "a finding's message is \(width) px wide")
    }
    let compared = layout.groups.filter { $0.cells.count >= 2 }
    #expect(compared.count >= 10)
    for group in compared {
      let cells = group.cells
      let pairs = zip(cells, cells.dropFirst())
      if viewport.stacked {
        #expect(
          pairs.allSatisfy { abs($0.left - $1.left) < 1 && $1.top > $0.top },
          "\(group.id): editions not one under the other: \(cells)")
      } else {
        #expect(
          pairs.allSatisfy { abs($0.top - $1.top) < 1 && $1.left >= $0.right - 1 },
          "\(group.id): editions not side by side: \(cells)")
      }
    }

    let png = try Data(contentsOf: screenshot)
    #expect(png.count > 10_000, "screenshot of \(png.count) bytes")
    // The width in the PNG header (bytes 16–19 of the IHDR chunk).
    #expect(png.count > 24 && png[16..<20].reduce(0) { $0 << 8 | Int($1) } == viewport.width)
    if Self.updating {
      let target = PackageRoot.url("Docs/images/\(viewport.screenshot)")
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.copyItem(at: screenshot, to: target)
      #expect(png.count < 300_000, "\(viewport.screenshot) is \(png.count) bytes; lower the height")
    }
  }

  /// Writes the report and the page that frames it to `folder`, runs Chromium once, and returns
  /// the measured layout and the screenshot.
  static func render(_ viewport: Viewport, in folder: URL) throws -> (Layout, URL) {
    let report = try CLIRunner.run(["audit", "--format", "html"] + editions)
    #expect(report.status == 1, "exit \(report.status): \(report.stderr)")
    let measured = report.stdout.replacingOccurrences(
      of: "</body>",
      with: "<script>"
        + script.replacingOccurrences(of: "SCROLL", with: String(viewport.showsFirstFinding))
        + "</script></body>")
    let framed = measured.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "\"", with: "&quot;")
    let page = """
      <!DOCTYPE html><html><head><style>html, body { margin: 0; overflow: hidden; }
      iframe { display: block; border: 0; }</style></head><body>
      <script type="application/json" id="layout"></script>
      <iframe width="\(viewport.width)" height="\(viewport.height)" srcdoc="\(framed)"></iframe>
      </body></html>
      """
    let pageFile = folder.appendingPathComponent("page.html")
    try page.write(to: pageFile, atomically: true, encoding: .utf8)
    let screenshot = folder.appendingPathComponent("screenshot.png")
    let run = try CLIRunner.shell(
      "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars"
        + " --user-data-dir='\(folder.appendingPathComponent("profile").path)'"
        + " --window-size=\(viewport.width),\(viewport.height)"
        + " --screenshot='\(screenshot.path)' --dump-dom '\(pageFile.absoluteString)'")
    #expect(run.status == 0, "chromium: \(run.stderr)")
    let dom = run.stdout
    guard let start = dom.range(of: "id=\"layout\">"),
      let end = dom.range(of: "</script>", range: start.upperBound..<dom.endIndex)
    else {
      throw CocoaError(
        .coderReadCorrupt, userInfo: [NSDebugDescriptionErrorKey: "no layout in: \(run.stderr)"])
    }
    let layout = try JSONDecoder().decode(
      Layout.self, from: Data(dom[start.upperBound..<end.lowerBound].utf8))
    return (layout, screenshot)
  }
}
