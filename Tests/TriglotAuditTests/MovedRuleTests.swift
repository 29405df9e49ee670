import Testing
import TriglotAlign
import TriglotAudit
import TriglotText

@Suite("moved rule")
struct MovedRuleTests {
  static let filler: [[Language: AuditFixture.Cell]] = (1...3).map { number in
    [
      .uk: .init(stringLiteral: "Абзац номер \(number) про засідання уряду."),
      .en: .init(stringLiteral: "Paragraph number \(number) about the cabinet meeting."),
      .ru: .init(stringLiteral: "Абзац номер \(number) о заседании правительства."),
    ]
  }

  static let ukMayor =
    "Мер Ігор Терехов 17 вересня повідомив про 256 пошкоджених квартир і 37 автомобілів."
  static let ruMayor =
    "Мэр Игорь Терехов 17 сентября сообщил о 256 поврежденных квартирах и 37 автомобилях."
  static let enMayor =
    "Mayor Ihor Terekhov reported on September 17 that 256 apartments and 37 cars were damaged."

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var rows: [[Language: AuditFixture.Cell]]
    var moved: Language?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "English paragraph moved to the end",
      rows: [[.uk: .init(stringLiteral: ukMayor), .ru: .init(stringLiteral: ruMayor)]] + filler
        + [[.en: .init(stringLiteral: enMayor)]],
      moved: .en),
    Case(
      name: "Ukrainian paragraph moved to the start",
      rows: [[.uk: .init(stringLiteral: ukMayor)]] + filler
        + [[.en: .init(stringLiteral: enMayor), .ru: .init(stringLiteral: ruMayor)]],
      moved: .uk),
    Case(
      name: "unrelated one-sided paragraphs are not moved",
      rows: [[.uk: .init(stringLiteral: ukMayor), .ru: .init(stringLiteral: ruMayor)]] + filler
        + [[.en: "Follow us on Telegram for 24 updates a day from Kyiv."]],
      moved: nil),
  ]

  @Test(arguments: cases)
  func table(_ example: Case) {
    let findings = Auditor().findings(in: AuditFixture.context(example.rows))
    #expect(
      findings.filter { $0.rule == .moved }.map(\.edition) == (example.moved.map { [$0] } ?? []))
    if example.moved != nil {
      #expect(!findings.contains { $0.rule == .missing }, "moved explains the gaps")
      #expect(findings.allSatisfy { $0.severity == .info })
    } else {
      #expect(findings.contains { $0.rule == .missing })
    }
  }

  /// A moved paragraph whose number changed: the aligner leaves it in a group of its own, so
  /// only the pairing `moved` makes can compare its numbers.
  @Test func movedParagraphStillHasItsNumbersCompared() {
    let changed = Self.enMayor.replacingOccurrences(of: "256", with: "265")
    let rows =
      [[Language.uk: AuditFixture.Cell(stringLiteral: Self.ukMayor), .ru: .init(stringLiteral: Self.ruMayor)]]
      + Self.filler + [[.en: .init(stringLiteral: changed)]]
    let findings = Auditor().findings(in: AuditFixture.context(rows))
    let moved = findings.first { $0.rule == .moved }
    let number = findings.first { $0.rule == .numberMismatch }
    #expect(moved?.edition == .en)
    #expect(number?.edition == .en)
    #expect(number?.severity == .error)
    #expect(number?.group == moved?.group)
    #expect(number?.values[.en] == ["265"])
    #expect(number?.message.contains("out of order") == true, "\(number?.message ?? "")")
  }

  /// 4,000 one-word paragraphs, one edition each, between a paragraph and its moved
  /// counterpart: only one-sided groups that share a fact are compared (each with every later
  /// one took seconds), and the pair is still found.
  @Test func manyOneSidedGroupsWithoutFactsAreNotCompared() {
    let singles = (0..<4_000).map { index -> [Language: AuditFixture.Cell] in
      index.isMultiple(of: 2) ? [.uk: "слово"] : [.en: "word"]
    }
    let mayor: [Language: AuditFixture.Cell] = [
      .uk: .init(stringLiteral: Self.ukMayor), .ru: .init(stringLiteral: Self.ruMayor),
    ]
    let rows = [mayor] + singles + [[.en: .init(stringLiteral: Self.enMayor)]]
    let findings = MovedRule().findings(in: AuditFixture.context(rows))
    #expect(findings.map(\.edition) == [.en])
    #expect(findings.map(\.group) == [rows.count - 1])
  }
}
