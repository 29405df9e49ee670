import Synchronization

/// The most bytes one input is read to (``InputReader/bytes(of:)``), and the option a message
/// names to raise it: set once when a command's options are checked, read by every reader,
/// the worker threads of a corpus run included.
enum InputLimit {
  /// The limit when the command says nothing else: far above any article or saved page, far
  /// below what would exhaust memory (every command keeps a few copies of its input's text).
  static let defaultBytes = 64 << 20

  private static let setting = Mutex<(bytes: Int, option: String?)>((defaultBytes, nil))

  /// Puts `bytes` in force, raised by `option` (nil where the command has none).
  static func set(_ bytes: Int, option: String?) {
    setting.withLock { $0 = (bytes, option) }
  }

  /// The limit in force and the option that raises it.
  static var current: (bytes: Int, option: String?) { setting.withLock { $0 } }
}
