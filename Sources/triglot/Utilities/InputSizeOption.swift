import ArgumentParser

/// `--max-input-size SIZE`, for every command that reads an input whole: the limit goes into
/// force for the run when the options are checked (the readers of folders and manifests read
/// on worker threads, all under the one limit).
struct InputSizeOption: ParsableArguments {
  @Option(
    name: .customLong("max-input-size"),
    help: ArgumentHelp(
      "Refuse an input larger than SIZE (bytes, or with K, M or G) instead of reading it.",
      valueName: "SIZE"))
  var maxInputSize = ByteCount(InputLimit.defaultBytes)

  func validate() throws {
    InputLimit.set(maxInputSize.bytes, option: "--max-input-size")
  }
}
