import Foundation

/// A report written piece by piece as a corpus audit hands over its articles: to standard
/// output, flushed with every piece, or to `-o FILE`, where the pieces go to a temporary file in
/// the same folder that is renamed over FILE only once the report is whole (``commit()``), so a
/// run that fails or is stopped leaves the old FILE as it was.
final class StreamedFile {
  /// The path written (nil: standard output).
  let path: String?
  private let descriptor: Int32
  private let temporary: String?
  /// The temporary file's slot in ``TemporaryFiles``, which removes it on Ctrl-C.
  private let slot: Int?
  private var committed = false

  /// Opens standard output, or the temporary file of `path`.
  ///
  /// - Throws: ``CLIError`` naming `path` when its folder does not exist, it is a directory, or
  ///   the temporary file cannot be created.
  init(path: String?) throws {
    self.path = path
    guard let path else {
      descriptor = STDOUT_FILENO
      temporary = nil
      slot = nil
      return
    }
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
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    ).path
    let slot = TemporaryFiles.add(temporary)
    // 0666 less the umask, as any new file; O_EXCL, so a file or link someone put at the
    // temporary name is never written through.
    unlink(temporary)
    let opened = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard opened >= 0 else {
      let reason = String(cString: strerror(errno))
      TemporaryFiles.remove(slot)
      throw CLIError("\(path): cannot write in \(folder.path) (\(reason))")
    }
    // The file replaced keeps its permissions (a 0600 report stays 0600).
    var existing = stat()
    if stat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG {
      fchmod(opened, existing.st_mode & 0o7777)
    }
    descriptor = opened
    self.temporary = temporary
    self.slot = slot
  }

  deinit {
    if let temporary, !committed {
      close(descriptor)
      unlink(temporary)
      TemporaryFiles.remove(slot)
    }
  }

  /// Writes `text` whole.
  ///
  /// - Throws: ``CLIError`` naming the output when the write fails (disk full, closed pipe).
  func write(_ text: String) throws {
    guard let path else {
      // The one writer of standard output, which also knows a stdout closed at start (then
      // /dev/null sits on descriptor 1, and a plain write would lose the report silently).
      return try StandardOutput.write(text)
    }
    if let failure = writeFully(Array(text.utf8), to: descriptor) {
      throw CLIError("\(path): cannot write the report (\(String(cString: strerror(failure))))")
    }
  }

  /// Makes the report whole: renames the temporary file over the target (standard output needs
  /// nothing).
  ///
  /// - Throws: ``CLIError`` naming the target when the file cannot be closed or renamed.
  func commit() throws {
    guard let path, let temporary, !committed else { return }
    committed = true
    defer { TemporaryFiles.remove(slot) }
    guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError("\(path): cannot write the report (\(reason))")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError("\(path): cannot replace the file (\(reason))")
    }
  }
}
