/// Reads an edition file in any of the formats and encodings Triglot takes: finds the format
/// (given, by extension, or sniffed), decodes the bytes (``TextDecoder``), and splits plain text
/// into paragraphs or finds the article in HTML (``ArticleExtractor``) and Markdown
/// (``MarkdownReader``). Terminal escape sequences and other control characters are taken out
/// of the decoded text first (``ControlCharacterFilter``). Pure: the caller reads the bytes and
/// prints the notes.
public enum DocumentReader {
  /// How to read an input.
  public struct Options: Sendable, Hashable {
    /// The format, or nil to tell it from the extension (and sniff HTML in text).
    public var format: InputFormat?
    /// The encoding, or nil to find it out.
    public var encoding: TextEncoding?
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    public var lossy: Bool
    /// How much HTML or Markdown is read.
    public var limits: HTMLDocument.Limits
    /// The most paragraphs an edition may have (``defaultParagraphLimit`` unless set).
    public var maxParagraphs: Int

    /// The paragraph limit when none is given: well above any article (the longest of the
    /// Corpora has 60, a 20,000-paragraph edition still aligns in under a minute), well below
    /// where the aligner's and rules' memory (some KB a paragraph) runs into gigabytes.
    public static let defaultParagraphLimit = 50_000

    /// Creates options.
    public init(
      format: InputFormat? = nil, encoding: TextEncoding? = nil, lossy: Bool = false,
      limits: HTMLDocument.Limits = HTMLDocument.Limits(),
      maxParagraphs: Int = defaultParagraphLimit
    ) {
      self.format = format
      self.encoding = encoding
      self.lossy = lossy
      self.limits = limits
      self.maxParagraphs = maxParagraphs
    }
  }

  /// How the format of an input was found.
  public enum FormatEvidence: Sendable, Hashable {
    /// The caller named it (`--input-format`).
    case given
    /// The file name's extension.
    case pathExtension
    /// The text starts like HTML although the name (or standard input) says nothing or text.
    case sniffed
    /// Nothing said otherwise: plain text.
    case assumed
  }

  /// Reads `bytes` from `source` (a path, or "<stdin>"), whose file name extension is
  /// `pathExtension` (nil for standard input).
  ///
  /// - Throws: ``TriglotTextError`` naming `source`: the decoding errors of ``TextDecoder``, the
  ///   limits of ``HTMLDocument``, ``TriglotTextError/noArticleText(source:format:)`` for a
  ///   page or Markdown file without text, and
  ///   ``TriglotTextError/tooManyParagraphs(source:count:limit:)`` past `options.maxParagraphs`.
  /// - Complexity: O(*n*) in the size of the input (HTML: O(*n*·*d*) for nesting depth *d*).
  public static func read(
    _ bytes: [UInt8], source: String, pathExtension: String?, options: Options = Options()
  ) throws(TriglotTextError) -> ReadDocument {
    var format = options.format
    var evidence = FormatEvidence.given
    if format == nil {
      format = pathExtension.flatMap(InputFormat.init(pathExtension:))
      evidence = format == nil ? .assumed : .pathExtension
    }
    // The charset detector skips tags in what is, or starts like, HTML.
    let markup =
      format == .html
      || format != .markdown
        && InputFormat.looksLikeHTML(String(decoding: bytes.prefix(64), as: UTF8.self))
    var decoded = try TextDecoder.decode(
      bytes, source: source, lossy: options.lossy, encoding: options.encoding, markup: markup)
    let controls = ControlCharacterFilter.filter(decoded.text)
    if controls.changed { decoded.text = controls.text }
    if format == nil || (format == .text && evidence == .pathExtension),
      InputFormat.looksLikeHTML(decoded.text)
    {
      format = .html
      evidence = .sniffed
    }
    let resolved = format ?? .text
    var document = ReadDocument(
      source: source, format: resolved, formatEvidence: evidence, decoded: decoded)
    document.removedEscapeSequences = controls.sequences
    document.removedControlCharacters = controls.characters
    switch resolved {
    case .text:
      document.paragraphs = ParagraphSplitter.paragraphs(in: decoded.text)
    case .html:
      let page = try HTMLDocument(parsing: decoded.text, source: source, limits: options.limits)
      document.article = ArticleExtractor().extract(from: page)
    case .markdown:
      document.article = try MarkdownReader.read(
        decoded.text, source: source, limits: options.limits)
    }
    if let article = document.article {
      guard !article.paragraphs.isEmpty else {
        throw .noArticleText(source: source, format: resolved.description)
      }
      document.paragraphs = article.segments
      document.origins = article.paragraphs.map(\.origin)
    }
    guard document.paragraphs.count <= options.maxParagraphs else {
      throw .tooManyParagraphs(
        source: source, count: document.paragraphs.count, limit: options.maxParagraphs)
    }
    return document
  }
}
