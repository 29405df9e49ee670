import Foundation
import Testing
import TriglotTestSupport

/// `triglot serve` end to end: the built binary listening on a free port (one server for the
/// suite, ``ServeFixture``), asked over HTTP what the CLI is asked on the same files, answering
/// each error as a JSON document, its page driven in Chromium, and `Docs/openapi.json` checked
/// against the routes it has.
@Suite("triglot serve", .serveFixture(["--max-body", "256K", "--timeout", "300"]))
struct ServeCommandTests {
  static let strike = "Corpora/articles/02-kharkiv-strike"

  /// The editions of the article folder `folder` as a request body: each as
  /// `{"text": …, "filename": "uk.txt"}`, which the documents name as the CLI run in the folder
  /// names its files, or (`named: false`) as a plain string.
  static func editions(_ folder: String, named: Bool = true) throws -> [String: Any] {
    var body: [String: Any] = [:]
    for language in ["uk", "en", "ru"] {
      let text = try String(
        contentsOf: PackageRoot.url("\(folder)/\(language).txt"), encoding: .utf8)
      body[language] = named ? ["text": text, "filename": "\(language).txt"] : text
    }
    return body
  }

  /// Runs `triglot ARGUMENTS --uk uk.txt --en en.txt --ru ru.txt` in `folder`.
  static func cli(_ arguments: [String], in folder: URL) throws -> CLIRunner.Result {
    try CLIRunner.run(
      arguments + ["--uk", "uk.txt", "--en", "en.txt", "--ru", "ru.txt"], directory: folder)
  }

  @Test func healthzAnswersOkAndTheVersion() async throws {
    let response = try await ServeFixture.server.send("GET", "/healthz")
    #expect(response.status == 200)
    #expect(response.headers["content-type"] == "application/json; charset=utf-8")
    #expect(response.json["status"] as? String == "ok")
    let version = try CLIRunner.run(["--version"]).stdout
    #expect(response.json["version"] as? String == version.trimmingCharacters(in: .newlines))
  }

  /// Options in a request and the flags of `triglot audit` that mean the same.
  struct AuditCase: Sendable, CustomTestStringConvertible {
    var options: String
    var flags: [String]
    var testDescription: String { flags.isEmpty ? "no options" : flags.joined(separator: " ") }
  }

  @Test(arguments: [
    AuditCase(options: "{}", flags: []),
    AuditCase(
      options: #"""
        {"disable": ["missing"], "minSeverity": "warning", "failOn": "never", "source": "en",
         "standard": "kmu-2010"}
        """#,
      flags: [
        "--disable", "missing", "--min-severity", "warning", "--fail-on", "never", "--source",
        "en", "--standard", "kmu-2010",
      ]),
  ])
  func auditAnswersTheDocumentTheCLIPrints(_ audit: AuditCase) async throws {
    var body = try Self.editions(Self.strike)
    body["options"] = try JSONSerialization.jsonObject(with: Data(audit.options.utf8))
    let response = try await ServeFixture.server.post("/v1/audit", json: body)
    let cli = try Self.cli(
      ["audit", "--format", "json"] + audit.flags, in: PackageRoot.url(Self.strike))
    #expect(response.status == 200, "\(response.text)")
    #expect(response.headers["content-type"] == "application/json; charset=utf-8")
    #expect(response.text == cli.stdout)
    #expect(response.headers["triglot-audit-fails"] == (cli.status == 1 ? "true" : "false"))
  }

  @Test func pastedEditionsAreNamedByTheirLanguage() async throws {
    let response = try await ServeFixture.server.post(
      "/v1/audit", json: try Self.editions(Self.strike, named: false))
    var expected = try Self.cli(["audit", "--format", "json"], in: PackageRoot.url(Self.strike))
      .stdout
    for language in ["uk", "en", "ru"] {
      expected = expected.replacingOccurrences(of: "\"\(language).txt\"", with: "\"\(language)\"")
    }
    #expect(response.text == expected)
  }

  @Test func uploadedBytesAreReadAsTheCLIReadsTheFiles() async throws {
    // A windows-1251 text edition beside two saved web pages, sent as their bytes.
    let folder = try TemporaryFolder.make("triglot-serve-upload")
    defer { try? FileManager.default.removeItem(at: folder) }
    let charset = try LegacyCharset("windows-1251")
    let uk = try String(contentsOf: PackageRoot.url("\(Self.strike)/uk.txt"), encoding: .utf8)
    var files = ["uk.txt": Data(charset.encode(charset.approximating(uk)))]
    for name in ["en.html", "ru.html"] {
      files[name] = try Data(
        contentsOf: PackageRoot.url("Corpora/pages/02-kharkiv-strike/\(name)"))
    }
    var body: [String: Any] = [:]
    for (name, bytes) in files {
      try bytes.write(to: folder.appendingPathComponent(name))
      body[String(name.prefix(2))] = ["base64": bytes.base64EncodedString(), "filename": name]
    }
    let response = try await ServeFixture.server.post("/v1/audit", json: body)
    let cli = try CLIRunner.run(
      ["audit", "--format", "json", "--uk", "uk.txt", "--en", "en.html", "--ru", "ru.html"],
      directory: folder)
    #expect(cli.stderr.contains("read as windows-1251"), "\(cli.stderr)")
    #expect(response.status == 200, "\(response.text)")
    #expect(response.text == cli.stdout)
  }

  @Test func alignAnswersTheDocumentTheCLIPrints() async throws {
    var body = try Self.editions(Self.strike)
    body["options"] = ["level": "sentence"]
    let response = try await ServeFixture.server.post("/v1/align", json: body)
    let cli = try Self.cli(
      ["align", "--format", "json", "--level", "sentence"], in: PackageRoot.url(Self.strike))
    #expect(response.status == 200, "\(response.text)")
    #expect(response.text == cli.stdout)
  }

  @Test func formatHTMLAnswersTheReportTheCLIWrites() async throws {
    let response = try await ServeFixture.server.post(
      "/v1/audit?format=html", json: try Self.editions(Self.strike))
    let cli = try Self.cli(["audit", "--format", "html"], in: PackageRoot.url(Self.strike))
    #expect(response.status == 200)
    #expect(response.headers["content-type"] == "text/html; charset=utf-8")
    #expect(response.text == cli.stdout)
  }

  @Test func thePageIsOneSelfContainedForm() async throws {
    let response = try await ServeFixture.server.send("GET", "/")
    #expect(response.status == 200)
    #expect(response.headers["content-type"] == "text/html; charset=utf-8")
    let page = response.text
    for language in ["uk", "en", "ru"] {
      #expect(page.contains("<textarea id=\"text-\(language)\""))
      #expect(page.contains("<input type=\"file\" id=\"file-\(language)\""))
    }
    #expect(page.contains("<form id=\"audit-form\""))
    #expect(page.contains("/v1/audit?format=html"))
    #expect(!page.contains("src=") && !page.contains("<link"), "nothing is fetched from elsewhere")
  }

  /// A request that fails, and what the answer must say.
  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var method = "POST"
    var path = "/v1/audit"
    var body: String?
    var contentType: String? = "application/json"
    var status: Int
    /// A part of the error's message.
    var message: String
    /// The `Allow` header expected.
    var allow: String?
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      testDescription: "invalid JSON", body: #"{"uk": "#, status: 400,
      message: "the body is not valid JSON"),
    ErrorCase(
      testDescription: "one edition", body: #"{"uk": "Текст"}"#, status: 400,
      message: #"give two or three editions as "uk", "en" and "ru" (any two); got only "uk""#),
    ErrorCase(
      testDescription: "unknown field", body: #"{"uk": "a", "de": "b"}"#, status: 400,
      message: "unknown field 'de'"),
    ErrorCase(
      testDescription: "unknown option",
      body: #"{"uk": "a", "en": "b", "options": {"minSeverty": "error"}}"#, status: 400,
      message: "options: unknown option 'minSeverty'; the options are disable, minSeverity"),
    ErrorCase(
      testDescription: "option of the other endpoint", path: "/v1/align",
      body: #"{"uk": "a", "en": "b", "options": {"disable": ["moved"]}}"#, status: 400,
      message: "unknown option 'disable'; the options are level, inputFormat"),
    ErrorCase(
      testDescription: "value not among the choices",
      body: #"{"uk": "a", "en": "b", "options": {"minSeverity": "fatal"}}"#, status: 400,
      message: "options.minSeverity: 'fatal' is not one of info, warning, error"),
    ErrorCase(
      testDescription: "value of the wrong type",
      body: #"{"uk": "a", "en": "b", "options": {"failUnder": "95"}}"#, status: 400,
      message: "options.failUnder: expected a number"),
    ErrorCase(
      testDescription: "unknown rule",
      body: #"{"uk": "a", "en": "b", "options": {"disable": ["nope"]}}"#, status: 400,
      message: "unknown rule 'nope' for options.disable; rules are: missing"),
    ErrorCase(
      testDescription: "source not given",
      body: #"{"uk": "a", "en": "b", "options": {"source": "ru"}}"#, status: 400,
      message: "options.source ru: no Russian edition was given"),
    ErrorCase(
      testDescription: "bad house names line",
      body: #"{"uk": "a", "en": "b", "options": {"names": "Юсов\n"}}"#, status: 400,
      message: "options.names:1: no tab between the Cyrillic and the Latin form"),
    ErrorCase(
      testDescription: "unreadable edition",
      body: #"{"uk": "Текст", "en": {"base64": "AAEC", "filename": "en.txt"}}"#, status: 400,
      message: "en: en.txt: looks like a binary file"),
    ErrorCase(
      testDescription: "empty file name",
      body: #"{"uk": "Текст", "en": {"text": "Text", "filename": ""}}"#, status: 400,
      message: "en.filename: give the file's name (uk.html) or leave the field out"),
    ErrorCase(
      testDescription: "empty edition", body: #"{"uk": "Текст", "ru": ""}"#, status: 400,
      message: "ru: the input is empty"),
    ErrorCase(
      testDescription: "unknown format", path: "/v1/audit?format=xml",
      body: #"{"uk": "a", "en": "b"}"#, status: 400,
      message: "unknown format 'xml' for ?format=; /v1/audit answers json or html"),
    ErrorCase(
      testDescription: "body over --max-body",
      body: #"{"uk": ""# + String(repeating: "а", count: 150_000) + #"", "en": "b"}"#,
      status: 413, message: "larger than the 262144 bytes this server takes (--max-body)"),
    ErrorCase(
      testDescription: "not JSON", body: "uk=text", contentType: "text/plain", status: 415,
      message: "Content-Type: application/json (got 'text/plain')"),
    ErrorCase(
      testDescription: "no such endpoint", method: "GET", path: "/v2/audit", status: 404,
      message: "no endpoint GET /v2/audit; the endpoints are GET /, GET /healthz"),
    ErrorCase(
      testDescription: "wrong method", method: "GET", path: "/v1/audit", status: 405,
      message: "/v1/audit takes POST, not GET", allow: "POST"),
  ]

  @Test(arguments: errorCases)
  func errorsAreJSONDocumentsThatNameTheProblem(_ error: ErrorCase) async throws {
    let response = try await ServeFixture.server.send(
      error.method, error.path, body: error.body.map { Data($0.utf8) },
      contentType: error.contentType)
    #expect(response.status == error.status)
    #expect(response.headers["content-type"] == "application/json; charset=utf-8")
    #expect(response.json["version"] as? Int == 1)
    let detail = response.json["error"] as? [String: Any]
    #expect(detail?["status"] as? Int == error.status)
    let message = detail?["message"] as? String ?? ""
    #expect(message.contains(error.message), "\(message)")
    if let allow = error.allow { #expect(response.headers["allow"] == allow) }
  }

  @Test func aRequestOverTheTimeoutIsAnswered503AndTheServerGoesOn() async throws {
    let server = try ServerProcess(arguments: ["--timeout", "0.001"])
    let response = try await server.post("/v1/audit", json: try Self.editions(Self.strike))
    let health = try await server.send("GET", "/healthz")
    let stopped = server.stop()
    #expect(response.status == 503)
    let detail = response.json["error"] as? [String: Any]
    #expect(
      (detail?["message"] as? String)?.contains("0.001 s this server allows (--timeout)") == true)
    #expect(health.status == 200)
    #expect(stopped.status == 0, "\(stopped.standardError)")
  }

  @Test func aPortInUseIsAnEnvironmentError() throws {
    let port = try #require(try ServeFixture.server.url.port)
    let result = try CLIRunner.run(["serve", "--port", String(port)])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("triglot: cannot listen on 127.0.0.1:\(port)"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  // MARK: The page in a real browser

  static let browser: Bool =
    (try? CLIRunner.shell(
      "python3 -c 'import selenium' && command -v chromedriver"
        + " && { command -v chromium || command -v chromium-browser; }"))?.status == 0

  /// What `Tests/Browser/serve_page.py` saw.
  struct BrowserPage: Decodable {
    var url: String
    var title: String
    var text: String
    var status: String?
  }

  @Test(
    .enabled(
      if: browser,
      "needs python3 with selenium 4 (pip install selenium), chromium and chromedriver (apt-get install chromium chromium-driver)"
    ))
  func thePageInChromiumShowsTheFindingsOfTheCLI() async throws {
    let slug = "09-parliament-session"
    let files = ["uk", "en", "ru"].map {
      "'\(PackageRoot.path("Corpora/articles/\(slug)/\($0).txt"))'"
    }
    let script = PackageRoot.path("Tests/Browser/serve_page.py")
    let url = try ServeFixture.server.url.absoluteString + "/"
    let run = try CLIRunner.shell("python3 '\(script)' '\(url)' " + files.joined(separator: " "))
    #expect(run.status == 0, "\(run.stderr)")
    let page = try JSONDecoder().decode(BrowserPage.self, from: Data(run.stdout.utf8))
    #expect(page.url.hasPrefix("blob:"), "no report opened; the form says: \(page.status ?? "")")
    #expect(page.title.hasPrefix("Triglot audit"))
    let cli = try CLIRunner.run(["audit", "--format", "json"] + AuditCommandTests.article(slug))
    let document = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any]
    let messages = (document?["findings"] as? [[String: Any]] ?? []).compactMap {
      $0["message"] as? String
    }
    #expect(messages.count >= 3, "the article has findings of several rules")
    for message in messages {
      #expect(page.text.contains(message), "the page does not show: \(message)")
    }
  }

  // MARK: The OpenAPI description

  @Test func openAPIDescriptionParsesAndListsEveryRoute() throws {
    let data = try Data(contentsOf: PackageRoot.url("Docs/openapi.json"))
    let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
    let paths = try #require(document["paths"] as? [String: [String: Any]])
    let methods = ["get", "put", "post", "delete", "patch", "head", "options"]
    let documented = Set(
      paths.flatMap { path, operations in
        operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
      })
    // The routes as the server lists them in its help.
    let help = try CLIRunner.run(["serve", "--help"], environment: ["COLUMNS": "200"]).stdout
    let routes = Set(
      help.split(separator: "\n").compactMap { line -> String? in
        let words = line.split(separator: " ")
        guard words.count >= 2, ["GET", "POST"].contains(words[0]), words[1].hasPrefix("/")
        else { return nil }
        return "\(words[0]) \(words[1])"
      })
    #expect(routes.count == 4)
    #expect(documented == routes)
    // Every reference to another file names a schema in Docs/schema/.
    var references: [String] = []
    func collect(_ value: Any) {
      if let object = value as? [String: Any] {
        if let reference = object["$ref"] as? String { references.append(reference) }
        object.values.forEach(collect)
      } else if let array = value as? [Any] {
        array.forEach(collect)
      }
    }
    collect(document)
    let files = Set(references.filter { !$0.hasPrefix("#") }.map { $0.prefix { $0 != "#" } })
    #expect(
      files.contains("schema/audit.schema.json") && files.contains("schema/align.schema.json"))
    for file in files {
      #expect(FileManager.default.fileExists(atPath: PackageRoot.path("Docs/\(file)")), "\(file)")
    }
  }
}
