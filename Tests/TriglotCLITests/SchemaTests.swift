import Foundation
import Testing
import TriglotTestSupport

/// The JSON contract owned by the project: the schemas in `Docs/schema/` hold for what the built
/// binary prints on every Corpora article, and they (and the validator) reject broken documents
/// with the JSON path of the fault.
@Suite("JSON schemas of the version-1 output")
struct SchemaTests {
  static let folder = PackageRoot.url("Docs/schema")
  static let slugs = CorporaArticle.all.map(\.slug)
  static let schemaFiles =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".schema.json") }.sorted()

  static func validator() throws -> JSONSchemaValidator {
    try JSONSchemaValidator(schemas: JSONSchema.all(in: folder))
  }

  /// `--uk … --en … --ru …` with paths relative to the package root, where the binary runs.
  static func editions(_ slug: String, _ languages: [String] = ["uk", "en", "ru"]) -> [String] {
    languages.flatMap { ["--\($0)", "Corpora/articles/\(slug)/\($0).txt"] }
  }

  /// Runs triglot (once per test process for the same arguments: the other suites check some
  /// of these outputs too), checks its exit status, validates its standard output against
  /// `schema`, and checks the cross-references of an align or audit document (see
  /// ``referenceProblems(in:)``).
  static func expectConformance(
    _ arguments: [String], to schema: String, statuses: Set<Int32> = [0],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try CLIRunner.cachedRun(arguments)
    #expect(
      statuses.contains(result.status), "exit \(result.status): \(result.stderr)",
      sourceLocation: sourceLocation)
    let document = try JSONSchema.Value(parsing: result.stdout)
    let violations = try validator().validate(document, against: schema)
    let report = violations.prefix(20).map(\.description).joined(separator: "\n")
    #expect(
      violations.isEmpty,
      "triglot \(arguments.joined(separator: " ")) breaks \(schema).schema.json:\n\(report)",
      sourceLocation: sourceLocation)
    let articles: [JSONSchema.Value]
    if case .array(let list)? = document["articles"] {
      articles = list
    } else {
      articles = [document]
    }
    let problems = articles.filter { $0["editions"] != nil }.flatMap(referenceProblems)
    #expect(
      problems.isEmpty, "triglot \(arguments.joined(separator: " ")): \(problems.prefix(20))",
      sourceLocation: sourceLocation)
  }

  /// What a schema cannot say about an align or audit document: each paragraph's `index` is its
  /// position, the groups list every paragraph of every edition once and in order (none of a
  /// language not aligned), and findings point at groups and paragraphs that exist.
  static func referenceProblems(in document: JSONSchema.Value) -> [String] {
    func indices(_ value: JSONSchema.Value?) -> [Int] {
      guard case .array(let elements)? = value else { return [] }
      return elements.compactMap { if case .number(let index) = $0 { Int(index) } else { nil } }
    }
    guard case .array(let editions)? = document["editions"],
      case .array(let groups)? = document["groups"]
    else { return ["no editions or groups"] }
    var problems: [String] = []
    var counts: [String: Int] = [:]
    for (number, edition) in editions.enumerated() {
      guard case .string(let language)? = edition["lang"],
        case .array(let paragraphs)? = edition["paragraphs"]
      else { continue }
      counts[language] = paragraphs.count
      for (position, paragraph) in paragraphs.enumerated()
      where paragraph["index"] != .number(Double(position)) {
        problems.append("$.editions[\(number)].paragraphs[\(position)].index is not \(position)")
      }
    }
    for language in ["uk", "en", "ru"]
    where groups.flatMap({ indices($0[language]) }) != Array(0..<(counts[language] ?? 0)) {
      problems.append("the groups do not list the \(language) paragraphs once each, in order")
    }
    guard case .array(let findings)? = document["findings"] else { return problems }
    for (number, finding) in findings.enumerated() {
      if case .number(let group)? = finding["group"], Int(group) >= groups.count {
        problems.append("$.findings[\(number)].group \(Int(group)) is past the last group")
      }
      guard case .object(let paragraphs)? = finding["paragraphs"] else { continue }
      for (language, list) in paragraphs.sorted(by: { $0.key < $1.key })
      where indices(list).contains(where: { $0 >= counts[language] ?? 0 }) {
        problems.append(
          "$.findings[\(number)].paragraphs.\(language) names a paragraph the edition lacks")
      }
    }
    return problems
  }

  // MARK: - Real output conforms

  @Test(arguments: slugs)
  func alignConforms(slug: String) throws {
    try Self.expectConformance(
      ["align", "--format", "json"] + Self.editions(slug), to: "align")
  }

  /// With `--level sentence`, every group also carries its sentence groups.
  @Test(arguments: slugs)
  func sentenceAlignConforms(slug: String) throws {
    try Self.expectConformance(
      ["align", "--level", "sentence", "--format", "json"] + Self.editions(slug), to: "align")
  }

  @Test(arguments: slugs, ["uk", "en", "ru"])
  func detectConforms(slug: String, language: String) throws {
    try Self.expectConformance(
      ["detect", "--format", "json", "Corpora/articles/\(slug)/\(language).txt"], to: "detect")
  }

  /// Editions read from saved web pages add `kind`, `line` and `xpath` to their paragraphs.
  @Test(arguments: ["02-kharkiv-strike", "05-football-qualifier"])
  func pagesConform(slug: String) throws {
    let pages = ["uk", "en", "ru"].flatMap { ["--\($0)", "Corpora/pages/\(slug)/\($0).html"] }
    try Self.expectConformance(["align", "--format", "json"] + pages, to: "align")
    try Self.expectConformance(
      ["audit", "--format", "json"] + pages, to: "audit", statuses: [1])
    try Self.expectConformance(
      ["detect", "--format", "json", "Corpora/pages/\(slug)/uk.html"], to: "detect")
  }

  @Test func detectOfSeveralFilesConforms() throws {
    let files = ["uk", "en", "ru"].map { "Corpora/articles/02-kharkiv-strike/\($0).txt" }
    try Self.expectConformance(["detect", "--format", "json"] + files, to: "detect")
  }

  /// The audit of every Corpora article, plain and with a standard's spelling findings: each
  /// entry of the archive document is checked against `audit.schema.json` (the archive schema's
  /// articles are audit documents) and for its cross-references, and is the single-article
  /// document with its path (``AuditArchiveCommandTests``), so one run covers every article.
  @Test(arguments: [[], ["--standard", "kmu-2010"]])
  func archiveAuditConforms(options: [String]) throws {
    try Self.expectConformance(
      ["audit", "--format", "json"] + options + ["Corpora/articles"], to: "audit-archive",
      statuses: [0, 1])
  }

  /// `--format jsonl` on the Corpora articles and a folder that cannot be audited, and the
  /// answers of `--manifest` (an article, inline texts, a line that is not JSON): every line
  /// conforms to `audit-line.schema.json`, and its audit to the cross-references.
  @Test func auditLinesConform() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let lonely = folder.appendingPathComponent("lonely")
    try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
    try Data("Київ".utf8).write(to: lonely.appendingPathComponent("uk.txt"))
    let folders = try CLIRunner.run(
      ["audit", "--format", "jsonl", "Corpora/articles", lonely.path, "--fail-on", "never"])
    #expect(folders.status == 2, "the lonely folder")
    let strike = Self.editions("02-kharkiv-strike").enumerated().filter { $0.offset % 2 == 1 }
      .map(\.element)
    let manifest = try CLIRunner.run(
      ["audit", "--manifest", "-"],
      stdin: #"{"id": "s", "uk": "\#(strike[0])", "en": "\#(strike[1])", "ru": "\#(strike[2])"}"#
        + "\n" + #"{"uk_text": "Рада ухвалила бюджет.", "en_text": "The Rada passed it."}"#
        + "\nnot json\n")
    #expect(manifest.status == 0)
    let lines = (folders.stdout + manifest.stdout).split(separator: "\n")
    #expect(lines.count == 14 + 1 + 3)
    let validator = try Self.validator()
    for line in lines {
      let document = try JSONSchema.Value(parsing: String(line))
      let violations = try validator.validate(document, against: "audit-line")
      #expect(violations.isEmpty, "\(line.prefix(120)): \(violations.prefix(5))")
      if document["editions"] != nil {
        let problems = Self.referenceProblems(in: document)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
      }
    }
  }

  /// Paragraph groups (the default level) and sentence groups.
  @Test(arguments: [[], ["--level", "sentence"]])
  func evalConforms(options: [String]) throws {
    try Self.expectConformance(
      ["eval"] + options + ["--format", "json", "Corpora/articles"], to: "eval")
  }

  /// Two editions: an unaligned language's keys are `[]`, a number mismatch blames no edition.
  @Test(arguments: [["uk", "ru"], ["en", "ru"], ["uk", "en"]])
  func twoEditionsConform(languages: [String]) throws {
    let editions = Self.editions("02-kharkiv-strike", languages)
    try Self.expectConformance(["align", "--format", "json"] + editions, to: "align")
    try Self.expectConformance(
      ["audit", "--format", "json"] + editions, to: "audit", statuses: [0, 1])
  }

  /// The file `--write-baseline` writes, and the audit `--baseline` gives (with `accepted`).
  @Test func baselineFileAndTheAuditItHidesConform() throws {
    let folder = try TemporaryFolder.make()
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appendingPathComponent("accepted.json").path
    let editions = Self.editions("02-kharkiv-strike", ["uk", "en", "ru"])
    _ = try CLIRunner.run(["audit", "--write-baseline", baseline] + editions)
    let document = try JSONSchema.Value(parsing: Data(contentsOf: URL(fileURLWithPath: baseline)))
    let violations = try Self.validator().validate(document, against: "baseline")
    #expect(violations.isEmpty, "\(violations)")
    try Self.expectConformance(
      ["audit", "--format", "json", "--baseline", baseline] + editions, to: "audit")
  }

  // MARK: - The schema files

  @Test func everyCommandHasASchema() {
    #expect(
      Self.schemaFiles == [
        "align.schema.json", "audit-archive.schema.json", "audit-line.schema.json",
        "audit.schema.json", "baseline.schema.json", "detect.schema.json", "eval.schema.json",
      ])
  }

  @Test(arguments: schemaFiles)
  func schemaFileIsValidJSONWithIDAndTitle(file: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
    let root = try JSONSchema.Value(parsing: data)
    #expect(root["$schema"] == "https://json-schema.org/draft/2020-12/schema")
    guard case .string(let id)? = root["$id"], case .string(let title)? = root["title"] else {
      Issue.record("\(file) lacks a string $id or title")
      return
    }
    #expect(id.hasSuffix("/\(file)"), "the $id names the file, so relative $refs find it")
    #expect(URL(string: id)?.scheme == "https")
    #expect(!title.isEmpty)
    #expect(root["description"] != nil)
    // Reading it checks that it uses only keywords the validator implements.
    _ = try JSONSchema(data: data, source: file)
  }

  static let conditionKeywords: Set<String> = ["if", "then", "else", "not", "anyOf"]

  @Test(arguments: schemaFiles)
  func everyPropertyHasADescription(file: String) throws {
    let root = try JSONSchema.Value(
      parsing: Data(contentsOf: Self.folder.appendingPathComponent(file)))
    var undescribed: [String] = []
    func walk(_ value: JSONSchema.Value, _ pointer: String) {
      switch value {
      case .object(let members):
        if case .object(let properties)? = members["properties"] {
          for (name, property) in properties where property["description"] == nil {
            undescribed.append("\(pointer)/properties/\(name)")
          }
        }
        // Conditions (if, not, anyOf …) restate properties declared and described elsewhere.
        for (key, member) in members where !Self.conditionKeywords.contains(key) {
          walk(member, "\(pointer)/\(key)")
        }
      case .array(let elements):
        for (index, element) in elements.enumerated() { walk(element, "\(pointer)/\(index)") }
      default:
        break
      }
    }
    walk(root, "#")
    #expect(undescribed.isEmpty, "\(file): no description at \(undescribed.sorted())")
  }

  @Test(arguments: schemaFiles)
  func topLevelRequiresVersionOne(file: String) throws {
    let validator = try Self.validator()
    let violations = try validator.validate(json: #"{"version": 1}"#, against: file)
    #expect(!violations.contains { $0.path == "$.version" })
    let wrong = try validator.validate(json: #"{"version": 2}"#, against: file)
    #expect(wrong.contains { $0.description == "$.version: 2 is not 1, the only value allowed" })
    let missing = try validator.validate(json: "{}", against: file)
    #expect(
      missing.contains { $0.description == #"$: the required property "version" is missing"# })
  }
}

// MARK: - Broken documents are rejected

extension SchemaTests {
  /// A real document with one fault put in, and the violation it must give.
  struct Fault: Sendable, CustomTestStringConvertible {
    var name: String
    var schema: String
    var breaking: @Sendable (inout JSONSchema.Value) -> Void
    var expected: String

    var testDescription: String { name }
  }

  /// The outputs the faults are put into, made once.
  static let documents: [String: JSONSchema.Value] = {
    let strike = editions("02-kharkiv-strike")
    let runs = [
      "align": ["align", "--format", "json"] + strike,
      "audit": ["audit", "--format", "json"] + strike,
      "audit-archive": ["audit", "--format", "json", "Corpora/articles/02-kharkiv-strike"],
      "detect": ["detect", "--format", "json", "Corpora/articles/02-kharkiv-strike/uk.txt"],
      "eval": ["eval", "--format", "json", "Corpora/articles/02-kharkiv-strike"],
    ]
    return runs.compactMapValues {
      (try? CLIRunner.run($0)).flatMap { try? JSONSchema.Value(parsing: $0.stdout) }
    }
  }()

  static let faults: [Fault] = [
    Fault(
      name: "version 2", schema: "audit", breaking: { $0["version"] = 2 },
      expected: "$.version: 2 is not 1, the only value allowed"),
    Fault(
      name: "a finding without its rule", schema: "audit",
      breaking: { $0["findings"]?[0]?["rule"] = nil },
      expected: #"$.findings[0]: the required property "rule" is missing"#),
    Fault(
      name: "a group without its confidence", schema: "align",
      breaking: { $0["groups"]?[5]?["confidence"] = nil },
      expected: #"$.groups[5]: the required property "confidence" is missing"#),
    Fault(
      name: "a confidence of 1.5", schema: "align",
      breaking: { $0["groups"]?[3]?["confidence"] = 1.5 },
      expected: "$.groups[3].confidence: 1.5 is above the maximum 1"),
    Fault(
      name: "a negative coverage", schema: "audit",
      breaking: { $0["coverage"]?["en"]?["characters"] = -0.25 },
      expected: "$.coverage.en.characters: -0.25 is below the minimum 0"),
    Fault(
      name: "an unknown severity", schema: "audit",
      breaking: { $0["findings"]?[1]?["severity"] = "fatal" },
      expected: #"$.findings[1].severity: "fatal" is not one of "error", "warning", "info""#),
    Fault(
      name: "an unknown rule", schema: "audit",
      breaking: { $0["findings"]?[0]?["rule"] = "numbers" },
      expected: #"$.findings[0].rule: "numbers" is not one of "missing", "number-mismatch", "#
        + #""date-mismatch", "untranslated", "name-mismatch", "name-spelling", "#
        + #""mixed-script", "partial", "moved""#),
    Fault(
      name: "a group's indices as a string", schema: "align",
      breaking: { $0["groups"]?[0]?["uk"] = "0" },
      expected: #"$.groups[0].uk: "0" is not of type array"#),
    Fault(
      name: "a fractional paragraph index", schema: "align",
      breaking: { $0["editions"]?[1]?["paragraphs"]?[2]?["index"] = 2.5 },
      expected: "$.editions[1].paragraphs[2].index: 2.5 is not of type integer"),
    Fault(
      name: "an edition in German", schema: "align",
      breaking: { $0["editions"]?[2]?["lang"] = "de" },
      expected: #"$.editions[2].lang: "de" is not one of "uk", "en", "ru""#),
    Fault(
      name: "a finding's paragraphs under an unknown language", schema: "audit",
      breaking: { $0["findings"]?[0]?["paragraphs"]?["de"] = .array([1]) },
      expected: #"$.findings[0].paragraphs.de: the property "de" is not allowed here"#),
    Fault(
      name: "a boilerplate kind on article text", schema: "align",
      breaking: { $0["editions"]?[0]?["paragraphs"]?[1]?["boilerplateKind"] = "caption" },
      expected: #"$.editions[0].paragraphs[1]: matches {"required":["boilerplateKind"]}, "#
        + "which it must not"),
    Fault(
      name: "a bead with slashes", schema: "align",
      breaking: { $0["groups"]?[4]?["bead"] = "1/1/1" },
      expected: #"$.groups[4].bead: "1/1/1" does not match the pattern ^[0-9]+(-[0-9]+){1,2}$"#),
    Fault(
      name: "a range of three offsets", schema: "align",
      breaking: { $0["editions"]?[0]?["paragraphs"]?[0]?["range"] = .array([0, 12, 14]) },
      expected: "$.editions[0].paragraphs[0].range[2]: no item is allowed after the first 2 items"),
    Fault(
      name: "an empty group", schema: "align",
      breaking: { $0["groups"]?[0]?["uk"] = .array([]) },
      expected: "$.groups[0].uk: has 0 items, fewer than the minimum 1"),
    Fault(
      name: "an archive article without its path", schema: "audit-archive",
      breaking: { $0["articles"]?[0]?["path"] = nil },
      expected: #"$.articles[0]: the required property "path" is missing"#),
    Fault(
      name: "an archive article at version 2", schema: "audit-archive",
      breaking: { $0["articles"]?[0]?["version"] = 2 },
      expected: "$.articles[0].version: 2 is not 1, the only value allowed"),
    Fault(
      name: "a detected paragraph in German", schema: "detect",
      breaking: { $0["paragraphs"]?[2]?["language"] = "de" },
      expected: #"$.paragraphs[2].language: "de" is not one of "uk", "en", "ru", "other", "#
        + #""mixed""#),
    Fault(
      name: "a document confidence as a string", schema: "detect",
      breaking: { $0["confidence"] = "0.98" },
      expected: #"$.confidence: "0.98" is not of type number"#),
    Fault(
      name: "an F1 above 1", schema: "eval",
      breaking: { $0["overall"]?["pairs"]?["uk-en"]?["f1"] = 1.25 },
      expected: "$.overall.pairs['uk-en'].f1: 1.25 is above the maximum 1"),
  ]

  @Test(arguments: faults)
  func brokenDocumentIsRejectedWithItsPath(fault: Fault) throws {
    var document = try #require(Self.documents[fault.schema], "triglot did not run")
    #expect(try Self.validator().validate(document, against: fault.schema).isEmpty)
    fault.breaking(&document)
    let violations = try Self.validator().validate(document, against: fault.schema)
    let found = violations.map(\.description).joined(separator: "\n")
    #expect(
      violations.contains { $0.description == fault.expected },
      "expected \(fault.expected)\nfound:\n\(found)")
  }

  @Test func brokenCrossReferencesAreFound() throws {
    var document = try #require(Self.documents["audit"])
    #expect(Self.referenceProblems(in: document).isEmpty)
    document["findings"]?[0]?["group"] = 21
    document["findings"]?[1]?["paragraphs"]?["ru"] = .array([17])
    document["groups"]?[2]?["uk"] = .array([0])
    document["editions"]?[1]?["paragraphs"]?[4]?["index"] = 3
    #expect(
      Self.referenceProblems(in: document) == [
        "$.editions[1].paragraphs[4].index is not 4",
        "the groups do not list the uk paragraphs once each, in order",
        "$.findings[0].group 21 is past the last group",
        "$.findings[1].paragraphs.ru names a paragraph the edition lacks",
      ])
  }

  @Test func aDetectDocumentThatIsNeitherFormSaysWhichItWasClosestTo() throws {
    var document = try #require(Self.documents["detect"])
    document["letters"] = nil
    let violations = try Self.validator().validate(document, against: "detect")
    #expect(
      violations.map(\.description) == [
        "$: matches none of the 2 alternatives of oneOf; the closest, alternative 1, fails as "
          + "follows",
        #"$: the required property "letters" is missing"#,
      ])
  }
}

// MARK: - The validator on its own

extension SchemaTests {
  static func schema(_ json: String) throws -> JSONSchema {
    try JSONSchema(data: Data(json.utf8), source: "test.schema.json")
  }

  @Test func validatorChecksEachKeyword() throws {
    let schema = try Self.schema(
      #"""
      {"$id": "https://triglot.invalid/test.schema.json", "title": "test",
       "type": "object", "required": ["a"], "minProperties": 2,
       "properties": {
         "a": {"type": ["string", "null"], "minLength": 2},
         "b": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"type": "integer"}},
         "c": {"oneOf": [{"minimum": 0}, {"maximum": 10}]},
         "d": {"allOf": [{"type": "number"}, {"not": {"const": 3}}]}
       },
       "additionalProperties": {"type": "boolean"}}
      """#)
    let validator = try JSONSchemaValidator(schemas: [schema])
    #expect(
      try validator.validate(json: #"{"a": null, "b": [1, 2.0], "z": true}"#, against: "test")
        .isEmpty)
    let violations = try validator.validate(
      json: #"{"a": "x", "b": [1, 2, 3.5], "c": 5, "d": 3, "z": 1}"#, against: "test")
    #expect(
      violations.map(\.description) == [
        #"$.a: "x" is shorter than the minimum length 2"#,
        "$.b: has 3 items, more than the maximum 2",
        "$.b[2]: 3.5 is not of type integer",
        "$.c: matches alternatives 1 and 2 of oneOf; exactly one must match",
        #"$.d: matches {"const":3}, which it must not"#,
        "$.z: 1 is not of type boolean",
      ])
    #expect(
      try validator.validate(json: "[]", against: "test").map(\.description) == [
        "$: an array of 0 items is not of type object"
      ])
    #expect(
      try validator.validate(json: "{}", against: "test").map(\.schemaLocation) == [
        "test.schema.json#/required", "test.schema.json#/minProperties",
      ])
  }

  @Test func refsResolveAcrossSchemas() throws {
    let base = try Self.schema(
      #"""
      {"$id": "https://triglot.invalid/s/base.schema.json", "title": "base",
       "$defs": {"share": {"type": "number", "maximum": 1}}}
      """#)
    let user = try Self.schema(
      #"""
      {"$id": "https://triglot.invalid/s/user.schema.json", "title": "user",
       "type": "array", "prefixItems": [{"$ref": "#/$defs/local"}],
       "items": {"$ref": "base.schema.json#/$defs/share"},
       "$defs": {"local": {"enum": ["x"]}}}
      """#)
    let validator = try JSONSchemaValidator(schemas: [base, user])
    let violations = try validator.validate(json: #"["y", 0.5, 2]"#, against: "user")
    #expect(
      violations.map(\.description) == [
        #"$[0]: "y" is not one of "x""#, "$[2]: 2 is above the maximum 1",
      ])
    #expect(violations.last?.schemaLocation == "base.schema.json#/$defs/share/maximum")
  }

  @Test func unsupportedKeywordsAndUnresolvedRefsAreRefused() throws {
    #expect(throws: JSONSchemaError.self) {
      try Self.schema(
        #"{"$id": "https://triglot.invalid/t.json", "title": "t", "format": "date"}"#)
    }
    #expect(throws: JSONSchemaError.self) {
      try Self.schema(#"{"title": "no id"}"#)
    }
    let dangling = try Self.schema(
      ##"{"$id": "https://triglot.invalid/t.json", "title": "t", "$ref": "#/$defs/none"}"##)
    #expect(throws: JSONSchemaError.self) { try JSONSchemaValidator(schemas: [dangling]) }
  }
}
