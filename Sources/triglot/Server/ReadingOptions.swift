import TriglotText

/// How a request's editions are read: `options.inputFormat`, `options.encoding` and
/// `options.lossy`, as `--input-format`, `--encoding` and `--lossy` read files on the command
/// line. An encoding applies to uploaded bytes only; text in the JSON is Unicode already.
struct ReadingOptions: Sendable {
  /// The keys these options take in `options`.
  static let keys = ["inputFormat", "encoding", "lossy"]

  /// The format every edition is read in (`auto`: by file name, HTML sniffed).
  var inputFormat = InputFormatChoice.auto
  /// The encoding every uploaded file is read in, nil to find it out.
  var encoding: TextEncoding?
  /// Replace invalid UTF-8 with U+FFFD instead of failing.
  var lossy = false

  /// The defaults.
  init() {}

  /// Reads the options from the `options` object `container`.
  init(from container: KeyedDecodingContainer<JSONKey>) throws {
    inputFormat =
      try container.decodeChoice("inputFormat", among: InputFormatChoice.allCases) ?? .auto
    if let name = try container.decodeIfPresent(String.self, forKey: JSONKey("encoding")) {
      guard let encoding = TextEncoding(named: name) else {
        throw DecodingError.dataCorruptedError(
          forKey: JSONKey("encoding"), in: container,
          debugDescription: InputOptions.unknownEncoding(name))
      }
      self.encoding = encoding
    }
    lossy = try container.decodeIfPresent(Bool.self, forKey: JSONKey("lossy")) ?? false
  }

  /// The reader's options.
  var readerOptions: DocumentReader.Options {
    DocumentReader.Options(format: inputFormat.format, encoding: encoding, lossy: lossy)
  }
}
