import Foundation
import Testing
import TriglotTestSupport

/// The editions users really have (issue 10): saved web pages, one paragraph per line, text
/// pasted from a news site, Markdown exports, UTF-16 and legacy Cyrillic charsets, article
/// folders with pages in them. Each case audits the article as users have it and expects what
/// the audit of the plain-text triple in Corpora/articles finds.
@Suite("Editions as users have them")
struct UserEditionsTests {
  static let languages = ["uk", "en", "ru"]
  static let articles = ["02-kharkiv-strike", "05-football-qualifier"]

  static func textEditions(_ slug: String) -> [String] {
    languages.flatMap { ["--\($0)", CLIRunner.path("Corpora/articles/\(slug)/\($0).txt")] }
  }

  /// The audit of `arguments` (the editions) as a comparable document.
  static func audit(_ arguments: [String]) throws -> (AuditDocument, CLIRunner.Result) {
    try document(of: CLIRunner.run(["audit", "--format", "json"] + arguments))
  }

  /// The audit of the plain-text triple of `slug`, that every case compares with: run once for
  /// all of them.
  static func textAudit(_ slug: String) throws -> (AuditDocument, CLIRunner.Result) {
    try document(of: CLIRunner.cachedRun(["audit", "--format", "json"] + textEditions(slug)))
  }

  /// An audit's JSON output as a comparable document, with the run; the audit must exit 1.
  static func document(of result: CLIRunner.Result) throws -> (AuditDocument, CLIRunner.Result) {
    #expect(result.status == 1, "\(result.stderr)")
    return (try AuditDocument(json: result.stdout), result)
  }

  static func write(_ slug: String, in folder: URL, _ bytes: (String, String) throws -> [UInt8])
    throws -> [String]
  {
    try languages.flatMap { language -> [String] in
      let text = try String(
        contentsOfFile: CLIRunner.path("Corpora/articles/\(slug)/\(language).txt"),
        encoding: .utf8)
      let url = folder.appendingPathComponent("\(language).txt")
      try Data(try bytes(language, text)).write(to: url)
      return ["--\(language)", url.path]
    }
  }

  /// A saved page reads as its article: the same findings, article groups and coverage as the
  /// `.txt` triple (the `.txt` boilerplate paragraphs are furniture the reader leaves out, and
  /// the pages' figure captions and in-body "Read also" lines are boilerplate groups).
  @Test(arguments: articles)
  func savedPagesAuditLikeTheirTextEditions(slug: String) throws {
    let pages = Self.languages.flatMap {
      ["--\($0)", CLIRunner.path("Corpora/pages/\(slug)/\($0).html")]
    }
    let (fromPages, result) = try Self.audit(pages)
    let (fromText, _) = try Self.textAudit(slug)
    #expect(fromPages == fromText)
    #expect(result.stderr.isEmpty)
    #expect(!fromPages.findings.isEmpty)
  }

  @Test func aSavedPageIsNoLongerOneParagraphOfMarkup() throws {
    let page = CLIRunner.path("Corpora/pages/02-kharkiv-strike/uk.html")
    let result = try CLIRunner.run(["detect", page])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix("document: uk (confidence 0.99, 16 paragraphs, 2125 letters)\n"))
    #expect(!result.stdout.contains("<"))
    let audit = try CLIRunner.run(
      ["audit"]
        + Self.languages.flatMap {
          ["--\($0)", CLIRunner.path("Corpora/pages/02-kharkiv-strike/\($0).html")]
        })
    #expect(audit.stdout.contains("16 paragraphs (15 article)"))
    #expect(!audit.stdout.contains("1 paragraph (1 article)"))
  }

  /// `printf 'Перше речення.\nДруге речення.\n' > a.txt; triglot detect a.txt`: two paragraphs,
  /// with or without the final newline, with CRLF, with a byte-order mark.
  @Test(arguments: [
    Array("Перше речення.\nДруге речення.\n".utf8), Array("Перше речення.\nДруге речення.".utf8),
    Array("Перше речення.\r\nДруге речення.\r\n".utf8),
    [0xEF, 0xBB, 0xBF] + Array("Перше речення.\nДруге речення.\n".utf8),
  ])
  func oneParagraphPerLine(bytes: [UInt8]) throws {
    let folder = try TemporaryFolder.make("triglot-lines")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("a.txt")
    try Data(bytes).write(to: file)
    let result = try CLIRunner.run(["detect", "--format", "json", file.path])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((document["paragraphs"] as? [Any])?.count == 2)
  }

  /// Select all, copy, paste: the whole page, menus, datelines, share buttons, captions, related
  /// headlines and footer among the article, one block per line (or with blank lines between).
  @Test(arguments: articles, [false, true])
  func textPastedFromANewsSite(slug: String, blankLines: Bool) throws {
    let folder = try TemporaryFolder.make("triglot-pasted")
    defer { try? FileManager.default.removeItem(at: folder) }
    let editions = try Self.languages.flatMap { language -> [String] in
      let html = try String(
        contentsOfFile: CLIRunner.path("Corpora/pages/\(slug)/\(language).html"), encoding: .utf8)
      var text = try PastedPage.text(of: html)
      if blankLines { text = text.replacingOccurrences(of: "\n", with: "\n\n") }
      let url = folder.appendingPathComponent("\(language).txt")
      try text.write(to: url, atomically: true, encoding: .utf8)
      return ["--\(language)", url.path]
    }
    let (pasted, _) = try Self.audit(editions)
    let (fromText, _) = try Self.textAudit(slug)
    #expect(pasted.findings == fromText.findings)
  }

  /// A CMS's Markdown export: the headline as `#`, a picture with its caption, the text and a
  /// `>` promo.
  @Test(arguments: articles)
  func aMarkdownExport(slug: String) throws {
    let folder = try TemporaryFolder.make("triglot-markdown")
    defer { try? FileManager.default.removeItem(at: folder) }
    let article = try CorporaArticle(slug: slug)
    let editions = try article.editions.flatMap { edition -> [String] in
      let boilerplate = article.boilerplate(edition.language)
      let texts = edition.paragraphs.enumerated().filter { !boilerplate.contains($0.offset) }
        .map(\.element.text)
      let markdown = MarkdownExport.render(
        title: texts[0], body: Array(texts.dropFirst()),
        caption: ["uk": "Фото: Укрінформ", "en": "Photo: Ukrinform", "ru": "Фото: Укринформ"][
          edition.language.rawValue]!,
        promo: [
          "uk": "Підписуйтесь на наш Telegram", "en": "Follow us on Telegram",
          "ru": "Подписывайтесь на наш Telegram",
        ][edition.language.rawValue]!)
      let url = folder.appendingPathComponent("\(edition.language.rawValue).md")
      try markdown.write(to: url, atomically: true, encoding: .utf8)
      return ["--\(edition.language.rawValue)", url.path]
    }
    let (exported, result) = try Self.audit(editions)
    let (fromText, _) = try Self.textAudit(slug)
    #expect(exported.findings == fromText.findings)
    #expect(exported.articleGroups == fromText.articleGroups)
    #expect(result.stderr.isEmpty)
  }

  /// "Unicode" text as Windows saves it: UTF-16 with a byte-order mark, little- and big-endian.
  @Test func utf16WithAByteOrderMark() throws {
    let folder = try TemporaryFolder.make("triglot-utf16")
    defer { try? FileManager.default.removeItem(at: folder) }
    let editions = try Self.write("02-kharkiv-strike", in: folder) { language, text in
      language == "ru" ? Array(text.utf8) : UTF16Bytes.encode(text, bigEndian: language == "en")
    }
    let (decoded, result) = try Self.audit(editions)
    let (fromText, _) = try Self.textAudit("02-kharkiv-strike")
    #expect(decoded == fromText)
    #expect(result.stderr.contains("uk.txt: read as UTF-16LE (byte-order mark)"))
    #expect(result.stderr.contains("en.txt: read as UTF-16BE (byte-order mark)"))
  }

  /// Files from older tools: windows-1251 and KOI8-U detected (with a note), or named with
  /// `--encoding`.
  @Test func windows1251AndKOI8AreRead() throws {
    let folder = try TemporaryFolder.make("triglot-legacy")
    defer { try? FileManager.default.removeItem(at: folder) }
    let windows1251 = try LegacyCharset("windows-1251")
    let editions = try Self.write("02-kharkiv-strike", in: folder) { language, text in
      language == "en" ? Array(text.utf8) : windows1251.encode(text)
    }
    let (decoded, result) = try Self.audit(editions)
    let (fromText, _) = try Self.textAudit("02-kharkiv-strike")
    #expect(decoded == fromText)
    #expect(result.stderr.contains("uk.txt is not UTF-8; read as windows-1251 (detected;"))
    #expect(result.stderr.contains("ru.txt is not UTF-8; read as windows-1251 (detected;"))

    let koi8 = try LegacyCharset("KOI8-U")
    let file = folder.appendingPathComponent("koi8.txt")
    let text = "Ці слова українські: ґанок, їжак, єнот.\nДругий рядок тексту."
    try Data(koi8.encode(text)).write(to: file)
    let detected = try CLIRunner.run(["detect", file.path])
    #expect(detected.status == 0)
    #expect(detected.stderr.contains("read as KOI8-U (detected;"))
    #expect(detected.stdout.contains("Ці слова українські"))
    let named = try CLIRunner.run(["detect", "--encoding", "koi8-u", file.path])
    #expect(named.stderr.isEmpty)
    #expect(named.stdout == detected.stdout)
  }

  @Test func anUnknownEncodingIsAUsageError() throws {
    let result = try CLIRunner.run(
      ["detect", "--encoding", "no-such-charset", CLIRunner.path("README.md")])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown encoding 'no-such-charset'"))
  }

  /// An article folder with a saved page in it reads the page (and says what it skips).
  @Test func articleFoldersTakeAnySupportedExtension() throws {
    let folder = try TemporaryFolder.make("triglot-folder")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (language, source) in [
      ("uk", "Corpora/articles/02-kharkiv-strike/uk.txt"),
      ("en", "Corpora/articles/02-kharkiv-strike/en.txt"),
      ("ru", "Corpora/pages/02-kharkiv-strike/ru.html"),
    ] {
      let name = "\(language).\((source as NSString).pathExtension)"
      try FileManager.default.copyItem(
        at: CLIRunner.packageRoot.appendingPathComponent(source),
        to: folder.appendingPathComponent(name))
    }
    let result = try CLIRunner.run(["audit", "--format", "json", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let articles = try #require(document["articles"] as? [[String: Any]])
    let findings = try #require(articles.first?["findings"] as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == ["number-mismatch", "missing"])
  }

  /// HTML that arrives as .txt or on standard input is read as a page, with a note.
  @Test func htmlInATextFileOrOnStdinIsSniffed() throws {
    let folder = try TemporaryFolder.make("triglot-sniff")
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = try String(
      contentsOfFile: CLIRunner.path("Corpora/pages/02-kharkiv-strike/en.html"), encoding: .utf8)
    let saved = folder.appendingPathComponent("en.txt")
    try page.write(to: saved, atomically: true, encoding: .utf8)
    let asText = try CLIRunner.run(["extract", "--format", "plain", saved.path])
    #expect(asText.status == 0)
    #expect(
      asText.stderr
        == "triglot: note: \(saved.path) looks like HTML; reading it as a web page (--input-format text reads it as text)\n"
    )
    let fromStdin = try CLIRunner.run(["extract", "--format", "plain"], stdin: page)
    #expect(fromStdin.stdout == asText.stdout)
    #expect(fromStdin.stderr.contains("<stdin> looks like HTML"))
    let forced = try CLIRunner.run(["extract", "--input-format", "text", saved.path])
    #expect(forced.stderr.isEmpty)
    #expect(forced.stdout.contains("<!DOCTYPE html>"))
  }

  @Test func aPageWithoutTextIsAnInputError() throws {
    let result = try CLIRunner.run(
      ["detect", "--input-format", "html", "-"],
      stdin: "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "triglot: <stdin>: no article text found in the HTML; run 'triglot extract --show-dropped <stdin>' to see what was left out\n"
    )
  }
}
