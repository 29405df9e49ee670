import Foundation
import Testing
import TriglotText

/// The HTML reader reads the page it is given and nothing else: no network (the libxml2 shim
/// parses with HTML_PARSE_NONET and loads no DTD), no file through an external entity, and no
/// entity expansion that grows with the nesting of declarations.
@Suite("HTML reader fetches nothing")
struct HTMLReaderIsolationTests {
  /// A listening socket on the loopback, to see whether anything connects to it.
  final class Listener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      self.descriptor = descriptor
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(descriptor, $0, length) == 0 && listen(descriptor, 8) == 0
            && getsockname(descriptor, $0, &length) == 0
        }
      }
      port = UInt16(bigEndian: address.sin_port)
      guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// Whether a connection is waiting.
    func wasContacted() -> Bool {
      let client = accept(descriptor, nil, nil)
      if client >= 0 { close(client) }
      return client >= 0
    }

    deinit { close(descriptor) }
  }

  @Test func aPageThatPointsElsewhereIsReadWithoutFetching() throws {
    let listener = try Listener()
    let origin = "http://127.0.0.1:\(listener.port)"
    let page = """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(origin)/dtd">
      <html lang="uk"><head><link rel="stylesheet" href="\(origin)/style.css">
      <script src="\(origin)/script.js"></script>
      <base href="\(origin)/"><meta http-equiv="refresh" content="0; url=\(origin)/go"></head>
      <body><article><h1>Бюджет ухвалили</h1>
      <p>Верховна Рада ухвалила бюджет на 2026 рік у середу ввечері.<img src="\(origin)/a.png"></p>
      <iframe src="\(origin)/frame"></iframe><object data="\(origin)/object"></object>
      <p>Проти виступили одинадцять депутатів, ще тридцять вісім утрималися.</p>
      </article></body></html>
      """
    let document = try DocumentReader.read(
      Array(page.utf8), source: "page.html", pathExtension: "html")
    #expect(document.paragraphs.count == 3)
    let contacted = listener.wasContacted()
    #expect(!contacted, "the reader connected to \(origin)")
  }

  @Test func externalEntitiesAreNotRead() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent(
      "triglot-entity-\(getpid()).txt")
    try Data("SECRET-CONTENT".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    let page = """
      <!DOCTYPE html [<!ENTITY secret SYSTEM "file://\(secret.path)">]>
      <html><body><article><h1>Заголовок статті</h1>
      <p>Текст статті з сутністю &secret; посередині речення.</p></article></body></html>
      """
    let document = try DocumentReader.read(
      Array(page.utf8), source: "page.html", pathExtension: "html")
    #expect(!document.text.contains("SECRET-CONTENT"))
  }

  @Test func nestedEntityDeclarationsDoNotExpand() throws {
    // "Billion laughs": ten levels of ten, 10^10 letters if expanded.
    var declarations = #"<!ENTITY l0 "ha">"#
    for level in 1...10 {
      declarations += "<!ENTITY l\(level) \""
        + String(repeating: "&l\(level - 1);", count: 10) + "\">"
    }
    let page = """
      <!DOCTYPE html [\(declarations)]>
      <html><body><article><h1>Заголовок статті</h1><p>Сміх: &l10; і все.</p></article></body></html>
      """
    let document = try DocumentReader.read(
      Array(page.utf8), source: "page.html", pathExtension: "html")
    #expect(document.text.utf8.count < 10_000)
  }
}
