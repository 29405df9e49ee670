import Foundation

/// A file a command is asked to write (`-o FILE`, `--write-baseline FILE`), checked before any
/// work is done, so that a run of an hour never ends in "cannot write", and so that writing
/// never destroys what the user did not mean to replace.
///
/// Refused: an empty path; a folder; anything that is not a regular file (a FIFO, a device such
/// as `/dev/null`, a socket, a symbolic link to one or to nothing); one of the command's input
/// files, whatever `--force` says; an existing file without `--force`; a path whose folder is
/// missing or cannot be written. A symbolic link to a regular file is written through: the file
/// it points to gets the new content and the link stays.
struct OutputPath: Equatable {
  /// The path as given.
  var given: String
  /// The regular file written: `given`, or the file a symbolic link at `given` points to.
  var resolved: String

  /// Checks `path`, given with `option` (for messages), against the files the command reads.
  ///
  /// - Throws: ``CLIError`` naming `path` and saying what to do.
  init(checking path: String, option: String, force: Bool, inputs: [String]) throws {
    guard !path.isEmpty else {
      throw CLIError("\(option) '': give the name of the file to write")
    }
    given = path
    resolved = path
    var link = stat()
    if lstat(path, &link) == 0 {
      var target = link
      if Self.kind(link.st_mode) == S_IFLNK {
        guard stat(path, &target) == 0 else {
          throw CLIError("\(path): is a symbolic link to nothing; give a regular file to write")
        }
        resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      }
      switch Self.kind(target.st_mode) {
      case S_IFREG:
        break
      case S_IFDIR:
        throw CLIError("\(path): is a directory; give a file name for the output")
      default:
        throw CLIError(
          "\(path): is \(Self.describe(target.st_mode)), not a regular file; Triglot writes its "
            + "output only to regular files (leave out \(option) to write to standard output)")
      }
      if let input = inputs.first(where: { Self.isSameFile($0, as: target) }) {
        throw CLIError(
          "\(path): is an input of this command (\(input)); give another path for the output")
      }
      guard force else {
        throw CLIError("\(path): already exists; give --force to replace it, or another path")
      }
    } else if errno != ENOENT {
      throw CLIError("\(path): cannot be written (\(String(cString: strerror(errno))))")
    }
    let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError("\(path): the folder \(folder) does not exist; create it first")
    }
    guard access(folder, W_OK | X_OK) == 0 else {
      throw CLIError(
        "\(path): cannot write in the folder \(folder) (\(String(cString: strerror(errno))))")
    }
  }

  /// The file type bits of `mode`.
  private static func kind(_ mode: mode_t) -> mode_t { mode & S_IFMT }

  /// "a FIFO", "a device", … for a message.
  private static func describe(_ mode: mode_t) -> String {
    switch kind(mode) {
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFSOCK: "a socket"
    default: "not a file"
    }
  }

  /// Whether the paths `first` and `second` name one existing file.
  static func areSameFile(_ first: String, _ second: String) -> Bool {
    var status = stat()
    return stat(second, &status) == 0 && isSameFile(first, as: status)
  }

  /// Whether `input` ("-" is standard input) is the file `target` describes.
  private static func isSameFile(_ input: String, as target: stat) -> Bool {
    var status = stat()
    let found = input == "-" ? fstat(STDIN_FILENO, &status) : stat(input, &status)
    return found == 0 && status.st_dev == target.st_dev && status.st_ino == target.st_ino
  }
}
