import CHunspell
import Foundation
import Synchronization

/// One Hunspell dictionary (a `.dic` file with its `.aff` affix file), loaded once, that gives
/// the stems — dictionary forms — of a word: `Харкові` → `Харків`, `Будівельника` →
/// `будівельник`.
///
/// Hunspell keeps state while it works, so calls are serialized by a mutex; one instance is safe
/// to share between threads.
public final class HunspellDictionary: Sendable {
  private let handle: Mutex<OpaquePointer>
  /// The `.dic` file the dictionary was loaded from.
  public let path: String
  /// How many entries of the `.dic` file were loaded (all of them, or those a selection kept);
  /// nil when the dictionary was loaded whole by Hunspell itself.
  public let entryCount: Int?

  /// Loads the dictionary at `dictionaryPath` with its affix file `affixPath`.
  ///
  /// - Complexity: proportional to the size of the files: about 0.5 s for the 8 MB Ukrainian
  ///   dictionary of Debian's `hunspell-uk`, 0.1 s for the Russian one.
  /// - Throws: ``TriglotTextError/unreadableDictionary(path:reason:)`` when a file cannot be
  ///   read or the dictionary is not in UTF-8.
  public convenience init(affixPath: String, dictionaryPath: String) throws(TriglotTextError) {
    var status: Int32 = 0
    let pointer = chunspell_open(affixPath, dictionaryPath, &status)
    try self.init(
      pointer, status: status, affixPath: affixPath, dictionaryPath: dictionaryPath,
      entryCount: nil)
  }

  /// Loads only the entries of the dictionary at `dictionaryPath` whose word `keeping` accepts
  /// (given the word's UTF-8 bytes, without its affix flags), with its affix file `affixPath`.
  /// Hunspell's loading time grows with the number of entries, so a caller that needs a
  /// known part of the dictionary (the proper names) loads that part only.
  ///
  /// - Complexity: one pass over the file, then Hunspell's loading of the entries kept.
  /// - Throws: ``TriglotTextError/unreadableDictionary(path:reason:)`` as above.
  public convenience init(
    affixPath: String, dictionaryPath: String, keeping: (ArraySlice<UInt8>) -> Bool
  ) throws(TriglotTextError) {
    // A NUL after the last line ends the search for its word (`wordEnd`).
    guard let bytes = Self.nulTerminatedContents(ofFile: dictionaryPath) else {
      throw .unreadableDictionary(path: dictionaryPath, reason: "cannot read the file")
    }
    let size = bytes.count - 1
    var kept: [UInt8] = []
    kept.reserveCapacity(size / 4)
    var count = 0
    // What ends the word of an entry line: the flags after /, a tab before morphology, a
    // space, a CR or the line's end.
    let wordEnds = Array("/\t\r \n".utf8CString)
    bytes.withUnsafeBufferPointer { buffer in
      wordEnds.withUnsafeBufferPointer { wordEnds in
        let base = buffer.baseAddress!
        // The first line holds the entry count, written anew below.
        var start = Self.lineEnd(in: base, size: size, from: 0) + 1
        while start < size {
          let end = Self.lineEnd(in: base, size: size, from: start)
          let wordEnd = Self.wordEnd(in: base, from: start, endingAt: wordEnds.baseAddress!)
          if wordEnd > start, keeping(bytes[start..<wordEnd]) {
            kept.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
            kept.append(0x0A)
            count += 1
          }
          start = end + 1
        }
      }
    }
    let text = Array("\(count)\n".utf8) + kept
    var status: Int32 = 0
    let pointer = text.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        chunspell_open_entries(affixPath, $0.baseAddress, $0.count, &status)
      }
    }
    try self.init(
      pointer, status: status, affixPath: affixPath, dictionaryPath: dictionaryPath,
      entryCount: count)
  }

  private init(
    _ pointer: sending OpaquePointer?, status: Int32, affixPath: String, dictionaryPath: String,
    entryCount: Int?
  ) throws(TriglotTextError) {
    guard let pointer else {
      switch status {
      case CHUNSPELL_CANNOT_READ_AFFIX:
        throw .unreadableDictionary(path: affixPath, reason: "cannot read the affix file")
      case CHUNSPELL_CANNOT_READ_DICTIONARY:
        throw .unreadableDictionary(path: dictionaryPath, reason: "cannot read the file")
      case CHUNSPELL_NOT_UTF8:
        throw .unreadableDictionary(
          path: dictionaryPath, reason: "not a UTF-8 dictionary (its .aff lacks SET UTF-8)")
      default:
        throw .unreadableDictionary(path: dictionaryPath, reason: "Hunspell could not load it")
      }
    }
    self.handle = Mutex(pointer)
    self.path = dictionaryPath
    self.entryCount = entryCount
  }

  /// The bytes of the file at `path` followed by a NUL, read straight into one array; nil when
  /// the file cannot be opened or read.
  ///
  /// Not `FileManager.contents(atPath:)`, whose `Data` was then copied into an array: that held
  /// the 8 MB Ukrainian dictionary twice while it loaded. LeakSanitizer also reported that
  /// `Data` as leaked when it checked while the load was running on another thread, though it
  /// was in use and freed after (Tests/Fuzz/README.md, finding 3).
  private static func nulTerminatedContents(ofFile path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size >= 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
    var count = 0
    let complete = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
      // The file's size as it was opened; a file that grows meanwhile is read to that size.
      while count < buffer.count - 1 {
        let read = Foundation.read(
          descriptor, buffer.baseAddress! + count, buffer.count - 1 - count)
        if read < 0, errno == EINTR { continue }
        guard read > 0 else { return read == 0 }
        count += read
      }
      return true
    }
    guard complete else { return nil }
    // A file that shrank meanwhile: its end, then the NUL (the array was zeroed).
    bytes.removeSubrange(count..<bytes.count - 1)
    return bytes
  }

  /// The index where the word of the entry line starting at `start` ends: at the first of
  /// the NUL-terminated `stops` (or the NUL that ends the buffer). Found with `strcspn` because
  /// this runs over every entry of the dictionary, and a byte loop dominates the loading time of
  /// an unoptimized (test) build.
  private static func wordEnd(
    in base: UnsafePointer<UInt8>, from start: Int, endingAt stops: UnsafePointer<CChar>
  ) -> Int {
    start + strcspn(UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self), stops)
  }

  /// The index of the line feed that ends the line starting at `start` of the `size` bytes at
  /// `base` (`size` when the last line has none), found with `memchr`.
  private static func lineEnd(in base: UnsafePointer<UInt8>, size: Int, from start: Int) -> Int {
    guard start < size, let found = memchr(base + start, 0x0A, size - start) else { return size }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  deinit {
    handle.withLock { chunspell_close($0) }
  }

  /// Whether the dictionary knows `word` (in any of its forms).
  public func knows(_ word: String) -> Bool {
    handle.withLock { chunspell_spell($0, word) == 1 }
  }

  /// The stems Hunspell gives for `word`, in its order, without repeats; empty for a word the
  /// dictionary does not know. A word may have several (`Києві`: `кий`, `Київ`, `Кий`).
  ///
  /// - Complexity: one dictionary look-up, some 20–30 µs.
  public func stems(of word: String) -> [String] {
    handle.withLock { pointer in
      var buffer = [CChar](repeating: 0, count: 256)
      var needed = chunspell_stems(pointer, word, &buffer, Int32(buffer.count))
      if needed > Int32(buffer.count) {
        buffer = [CChar](repeating: 0, count: Int(needed))
        needed = chunspell_stems(pointer, word, &buffer, Int32(buffer.count))
      }
      guard needed > 0 else { return [] }
      let bytes = buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }
      var stems: [String] = []
      for line in bytes.split(separator: 0x0A) {
        let stem = String(decoding: line, as: UTF8.self)
        if !stems.contains(stem) { stems.append(stem) }
      }
      return stems
    }
  }
}
