import ServeRequestFuzzing
import TriglotText

/// The libFuzzer targets of the harness, by the name `triglot-fuzz TARGET` takes
/// (Tests/Fuzz/README.md says what each feeds and checks).
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// ``TextNormalizer`` in every mode and apostrophe.
  case normalize
  /// The paragraph and sentence splitters and the word tokenizer.
  case split
  /// The number, date and name extractors and ``ParagraphAnchors``.
  case anchors
  /// ``DocumentReader``: decoding, the HTML and Markdown readers.
  case readers
  /// Every transliteration standard, forward and reverse, and `--reverse`.
  case translit
  /// The paragraph and sentence aligners on random paragraph lists.
  case align
  /// The server's request decoding (`POST /v1/align`).
  case serve
  /// The server's audit request (`POST /v1/audit`): its options, and the audit it runs.
  case serveAudit = "serve-audit"

  /// Loads what Triglot loads on first use, before the first input: both Hunspell dictionaries.
  ///
  /// The first word that needs stems loads its language's dictionary and starts loading the
  /// other on a background thread. Left to the first input, that load ran on while libFuzzer
  /// went on to the next inputs, so their coverage and allocations depended on its timing
  /// (libFuzzer wants a target to be deterministic), and LeakSanitizer, which checks when an
  /// input allocates more than it frees, checked during it and reported the file being loaded
  /// as leaked (Tests/Fuzz/README.md, finding 3). Asking for each dictionary in turn waits for
  /// both.
  public static func prepare() {
    for language in HunspellStemmer.languages {
      _ = HunspellStemmer.shared.dictionary(for: language)
    }
  }

  /// Runs the target on one input. A violated check is a `precondition` failure, which
  /// libFuzzer reports as a crash with the input that caused it.
  public func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    var input = FuzzInput(bytes)
    switch self {
    case .normalize: NormalizerTarget.run(&input)
    case .split: SplitterTarget.run(&input)
    case .anchors: AnchorsTarget.run(&input)
    case .readers: ReadersTarget.run(&input)
    case .translit: TransliterationTarget.run(&input)
    case .align: AlignerTarget.run(&input)
    case .serve: ServeRequestTarget.run(input.rest())
    case .serveAudit: ServeAuditRequestTarget.run(input.rest())
    }
  }
}
