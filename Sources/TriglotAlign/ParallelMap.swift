import Dispatch
import Foundation

/// The results of `body(0)`, `body(1)`, … `body(count - 1)`, computed on all cores, in order.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  let slots = ResultSlots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
  return slots.values
}

/// Slots that concurrent workers fill, each its own, under a lock.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [T?]

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: T) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  var values: [T] {
    lock.lock()
    defer { lock.unlock() }
    return storage.map { $0! }
  }
}
