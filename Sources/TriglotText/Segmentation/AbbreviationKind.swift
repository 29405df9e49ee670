/// Whether the period of an abbreviation can also end a sentence.
public enum AbbreviationKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Comes before what it qualifies (`Mr.`, `Dr.`, `вул.`, `т. зв.`, `e.g.`): never ends a
  /// sentence.
  case prefix
  /// Comes after what it qualifies (`млн.`, `грн.`, `рр.`, `etc.`): ends a sentence when the next
  /// word is capitalized and the sentence so far has more than four words, so that short
  /// openings such as `У 2014–2015 рр. Росія…` stay whole.
  case trailing
  /// Trailing after a number (`2022 р.` a year, `XIX ст.` a century, `5 м.` metres, `2022 г.`),
  /// prefix otherwise (`р. Дніпро` a river, `ст. лейтенант`, `м. Київ`, `г. Москва`).
  case afterNumber
}
