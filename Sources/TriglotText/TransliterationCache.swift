import Foundation

/// A bounded map from a run of UTF-8 bytes (a word, or the text between two words) to its
/// transliteration, stored in two byte arenas with open addressing so that a hit costs one hash
/// and one comparison and allocates nothing.
///
/// When it holds `maxEntries` runs, or its arenas reach their byte limit, it empties itself and
/// starts again: memory stays bounded on any input, and news text refills it with its frequent
/// words within a few lines.
struct TransliterationCache {
  /// Runs longer than this many bytes are never cached.
  static let maxKeyLength = 96

  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: Int32 = 0
    var keyLength: Int32 = 0
    var valueStart: Int32 = 0
    var valueLength: Int32 = 0
  }

  private var slots: [Slot]
  private var keys: [UInt8] = []
  private var values: [UInt8] = []
  private let mask: Int
  /// The most runs held at once.
  let maxEntries: Int
  private let arenaLimit: Int
  /// How many runs the cache holds now.
  private(set) var count = 0

  /// Creates an empty cache for at most `maxEntries` runs (at least 16).
  init(maxEntries: Int) {
    self.maxEntries = max(16, maxEntries)
    var size = 16
    while size < self.maxEntries * 2 { size <<= 1 }
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    arenaLimit = self.maxEntries * 48
    keys.reserveCapacity(min(arenaLimit, 1 << 16))
    values.reserveCapacity(min(arenaLimit, 1 << 16))
  }

  /// The FNV-1a hash of `key`, never 0 (0 marks an empty slot).
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash | 1
  }

  /// Appends the cached transliteration of `key` to `output` and returns true, or returns false
  /// when `key` is not cached.
  func appendValue(
    for key: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [UInt8]
  ) -> Bool {
    slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
          let slot = slots[index]
          if slot.hash == 0 { return false }
          if slot.hash == hash, Int(slot.keyLength) == key.count,
            memcmp(keys.baseAddress! + Int(slot.keyStart), key.baseAddress!, key.count) == 0
          {
            let start = Int(slot.valueStart)
            values.withUnsafeBufferPointer {
              output.append(contentsOf: $0[start..<start + Int(slot.valueLength)])
            }
            return true
          }
          index = (index + 1) & mask
        }
      }
    }
  }

  /// Stores `value` as the transliteration of `key` (which must not be cached yet), first
  /// emptying the cache when it is full.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: [UInt8]) {
    guard key.count <= Self.maxKeyLength, value.count <= Int(Int32.max) else { return }
    if count >= maxEntries || keys.count + key.count > arenaLimit
      || values.count + value.count > arenaLimit * 2
    {
      removeAll()
    }
    let slot = Slot(
      hash: hash, keyStart: Int32(keys.count), keyLength: Int32(key.count),
      valueStart: Int32(values.count), valueLength: Int32(value.count))
    keys.append(contentsOf: key)
    values.append(contentsOf: value)
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].hash != 0 { index = (index + 1) & mask }
    slots[index] = slot
    count += 1
  }

  /// Forgets every run, keeping the allocated storage.
  mutating func removeAll() {
    for index in slots.indices { slots[index] = Slot() }
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    count = 0
  }
}
