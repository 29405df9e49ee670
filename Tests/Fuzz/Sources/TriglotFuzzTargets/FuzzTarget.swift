import ServeRequestFuzzing

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
    }
  }
}
