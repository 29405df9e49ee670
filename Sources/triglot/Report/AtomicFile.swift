import Foundation

/// Writes a file so that readers see either the old content or the whole new one, never a part:
/// the text goes to a temporary file in the same folder, which is then renamed over the target.
enum AtomicFile {
  /// Writes `text` to `path` atomically; errors name the path and say what went wrong.
  static func write(_ text: String, to path: String) throws {
    let target = URL(fileURLWithPath: path)
    let folder = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError("\(path): the folder \(folder.path) does not exist; create it first")
    }
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw CLIError("\(path): is a directory; give a file name for the report")
    }
    let temporary = folder.appendingPathComponent(
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8))
    else {
      throw CLIError("\(path): cannot write in \(folder.path) (permission denied or disk full)")
    }
    guard rename(temporary.path, target.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CLIError("\(path): cannot replace the file (\(reason))")
    }
  }
}
