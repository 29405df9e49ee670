/// The numbers people read in a report: groups, paragraphs and findings counted from 1, as the
/// rows of `triglot align` and the `tuid`s of its TMX are. The JSON keeps the 0-based indices
/// programs use; a label or an element id of the HTML report goes through here, so that the
/// visible "Group 14" and its anchor `#g14` are the same number.
enum ReportNumbering {
  /// The number shown for the group, paragraph or finding at 0-based `index`.
  static func number(_ index: Int) -> Int { index + 1 }

  /// "¶12" for the paragraph at 0-based `index`.
  static func paragraph(_ index: Int) -> String { "¶\(number(index))" }

  /// The element id of the group at 0-based `index` ("g14" for Group 14).
  static func groupID(_ index: Int) -> String { "g\(number(index))" }

  /// The element id of the note of the finding at 0-based `index` in the report ("f1" first).
  static func noteID(_ index: Int) -> String { "f\(number(index))" }

  /// The element id of the entry of the finding at 0-based `index` in the list of findings.
  static func listEntryID(_ index: Int) -> String { "list-f\(number(index))" }
}
