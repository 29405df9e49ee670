import Foundation

/// The temporary files a command is writing (an output that is renamed into place once whole),
/// removed when SIGINT, SIGTERM or SIGHUP ends the process, so that an interrupted write leaves
/// the old file and nothing beside it.
///
/// The paths sit in a fixed table of C strings, since a signal handler may call `unlink` but
/// must not allocate or take a lock.
enum TemporaryFiles {
  private static let capacity = 64
  /// A path as the handler reads it: a C string, or nil for a free slot.
  private typealias Slot = UnsafeMutablePointer<CChar>?
  /// The table. Written under `lock` only; read by the handler.
  nonisolated(unsafe) private static let slots: UnsafeMutablePointer<Slot> = {
    let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
    slots.initialize(repeating: nil, count: capacity)
    return slots
  }()
  private static let lock = NSLock()

  /// The signals that end a process and leave it a moment to clean up.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Removes the registered files, then ends the process by the same signal.
  private static let handler: @convention(c) (Int32) -> Void = { number in
    for slot in 0..<TemporaryFiles.capacity {
      if let path = TemporaryFiles.slots[slot] { unlink(path) }
    }
    signal(number, SIG_DFL)
    raise(number)
  }

  /// Installs the handler for ``signals`` (at start, and again after a corpus run caught them).
  static func installHandler(for numbers: [Int32] = signals) {
    _ = slots
    for number in numbers { signal(number, handler) }
  }

  /// Adds `path`; returns its slot for ``remove(_:)`` (nil when the table is full: the file is
  /// then only removed on failures the command sees).
  static func add(_ path: String) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
    slots[slot] = strdup(path)
    return slot
  }

  /// Takes the path in `slot` off the table (the file was renamed into place or removed).
  static func remove(_ slot: Int?) {
    guard let slot else { return }
    lock.lock()
    defer { lock.unlock() }
    let path = slots[slot]
    slots[slot] = nil
    free(path)
  }
}
