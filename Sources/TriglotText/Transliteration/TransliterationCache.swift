/// A bounded map from a run of UTF-8 bytes (a word, or the text between two words) to its
/// transliteration, kept in fixed-size byte arenas with open addressing, so that a hit costs one
/// hash, one probe and one comparison and allocates nothing.
///
/// When it holds `maxEntries` runs, or an arena is full, it empties itself and starts again:
/// memory stays fixed on any input (about 90 bytes per entry), and news text refills it with
/// its frequent words within a few lines.
///
/// Not thread-safe by itself: ``Transliterator`` only touches it while holding its mutex, which is
/// why it may be marked `@unchecked Sendable`.
final class TransliterationCache: @unchecked Sendable {
  /// Runs longer than this many bytes are never cached.
  static let maxKeyLength = 96

  /// 12 bytes, so that the slots of a few thousand frequent words stay in the CPU caches. The
  /// key's bytes and then the value's bytes lie together in the arena at `offset`.
  private struct Slot {
    var hash: UInt32
    var offset: UInt32
    var keyLength: UInt16
    var valueLength: UInt16

    static let empty = Slot(hash: 0, offset: 0, keyLength: 0, valueLength: 0)
  }

  private let slots: UnsafeMutablePointer<Slot>
  private let mask: Int
  private let arena: UnsafeMutablePointer<UInt8>
  private let arenaCapacity: Int
  private var arenaUsed = 0
  /// The most runs held at once.
  let maxEntries: Int
  /// How many runs the cache holds now.
  private(set) var count = 0

  /// Creates an empty cache for at most `maxEntries` runs (at least 16).
  init(maxEntries: Int) {
    self.maxEntries = max(16, maxEntries)
    var size = 16
    while size < self.maxEntries * 2 { size <<= 1 }
    mask = size - 1
    slots = .allocate(capacity: size)
    slots.initialize(repeating: .empty, count: size)
    arenaCapacity = self.maxEntries * 64
    arena = .allocate(capacity: arenaCapacity)
  }

  deinit {
    slots.deallocate()
    arena.deallocate()
  }

  /// A hash of `count` bytes at `bytes`, never 0 (0 marks an empty slot). Reads eight bytes at a
  /// time.
  @inline(__always)
  static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
    let raw = UnsafeRawPointer(bytes)
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    var offset = 0
    while offset + 8 <= count {
      hash =
        (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    if offset < count {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < count {
        tail |= UInt64(bytes[offset]) << shift
        shift += 8
        offset += 1
      }
      hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    }
    hash ^= hash >> 29
    return hash | 1
  }

  /// The 32 bits of `hash` kept in a slot, never 0.
  @inline(__always)
  private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) | 1 }

  /// The cached transliteration of the `count` bytes at `key` (whose hash is `hash`), or nil.
  @inline(__always)
  func value(for key: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> UnsafeBufferPointer<UInt8>?
  {
    let tag = Self.tag(hash)
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.hash == 0 { return nil }
      if slot.hash == tag && Int(slot.keyLength) == count
        && Self.equal(arena + Int(slot.offset), key, count: count)
      {
        return UnsafeBufferPointer(
          start: arena + Int(slot.offset) + count, count: Int(slot.valueLength))
      }
      index = (index + 1) & mask
    }
  }

  /// Stores `value` as the transliteration of the `count` bytes at `key` (not cached yet), first
  /// emptying the cache when it is full. Keys over ``maxKeyLength`` bytes are not stored.
  func insert(
    _ key: UnsafePointer<UInt8>, count: Int, hash: UInt64, value: UnsafeBufferPointer<UInt8>
  ) {
    let size = count + value.count
    guard count <= Self.maxKeyLength, value.count <= Int(UInt16.max), size <= arenaCapacity
    else { return }
    if self.count >= maxEntries || arenaUsed + size > arenaCapacity { removeAll() }
    (arena + arenaUsed).update(from: key, count: count)
    if let base = value.baseAddress {
      (arena + arenaUsed + count).update(from: base, count: value.count)
    }
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].hash != 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      hash: Self.tag(hash), offset: UInt32(arenaUsed), keyLength: UInt16(count),
      valueLength: UInt16(value.count))
    arenaUsed += size
    self.count += 1
  }

  /// Forgets every run, keeping the allocated storage.
  func removeAll() {
    slots.update(repeating: .empty, count: mask + 1)
    arenaUsed = 0
    count = 0
  }

  @inline(__always)
  private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, count: Int)
    -> Bool
  {
    let left = UnsafeRawPointer(lhs)
    let right = UnsafeRawPointer(rhs)
    var offset = 0
    while offset + 8 <= count {
      if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    while offset < count {
      if lhs[offset] != rhs[offset] { return false }
      offset += 1
    }
    return true
  }
}
