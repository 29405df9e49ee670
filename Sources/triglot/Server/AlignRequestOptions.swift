/// The `options` of `POST /v1/align`: `level` (`paragraph` or `sentence`, as `--level`) and the
/// ``ReadingOptions``.
struct AlignRequestOptions: RequestOptions {
  /// The keys `options` takes.
  static let keys = ["level"] + ReadingOptions.keys

  /// What a unit of the alignment is.
  var level = AlignOutputLevel.paragraph
  var reading = ReadingOptions()

  init() {}

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: JSONKey.self)
    try container.rejectUnknownKeys(Self.keys, kind: "option")
    level = try container.decodeChoice("level", among: AlignOutputLevel.allCases) ?? .paragraph
    reading = try ReadingOptions(from: container)
  }
}
