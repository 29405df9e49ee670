/// Writes a file so that readers see either the old content or the whole new one, never a part:
/// the text goes to a temporary file in the same folder, which is then renamed over the target
/// (``StreamedFile`` with one piece).
enum AtomicFile {
  /// Writes `text` to `path` atomically; errors name the path and say what went wrong.
  static func write(_ text: String, to path: String) throws {
    let file = try StreamedFile(path: path)
    try file.write(text)
    try file.commit()
  }
}
