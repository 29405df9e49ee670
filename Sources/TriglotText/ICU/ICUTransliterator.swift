import CICU
import Synchronization

/// An ICU transliterator compiled from an ID or from transform rules.
///
/// ICU transliterators keep internal state while they run, so one object must not run on two
/// threads at once. This class guards its transliterator with a mutex, which makes a shared
/// instance safe to use from many threads (calls are serialized). For parallel throughput, give
/// each thread its own instance.
public final class ICUTransliterator: Sendable {
  /// The direction in which rules are applied.
  public enum Direction: Sendable {
    /// Rules as written (`a > b`).
    case forward
    /// The reverse rules (`a < b`).
    case reverse

    var cValue: cicu_direction { self == .forward ? CICU_FORWARD : CICU_REVERSE }
  }

  private let handle: Mutex<OpaquePointer>
  /// The ID or name the transliterator was opened with.
  public let name: String

  /// Opens one of ICU's built-in transliterators or a compound ID
  /// (`"Any-Latin"`, `"Ukrainian-Latin/BGN"`, `"NFD; [:Mn:] Remove; NFC"`).
  public init(id: String, direction: Direction = .forward) throws(ICUError) {
    let units = Array(id.utf16)
    var status: Int32 = 0
    let pointer = units.withUnsafeBufferPointer {
      cicu_transliterator_open_id($0.baseAddress, Int32(units.count), direction.cValue, &status)
    }
    guard status <= 0, let pointer else {
      throw ICUError(status: max(status, 1), operation: "opening transliterator '\(id)'")
    }
    self.handle = Mutex(pointer)
    self.name = id
  }

  /// Compiles ICU transform `rules` under `name`. A syntax error throws an ``ICUError`` whose
  /// `ruleLine` and `ruleContext` point at the problem.
  public init(name: String, rules: String, direction: Direction = .forward) throws(ICUError) {
    let nameUnits = Array(name.utf16)
    let ruleUnits = Array(rules.utf16)
    var status: Int32 = 0
    var line: Int32 = 0
    var offset: Int32 = 0
    var context = [UInt16](repeating: 0, count: 64)
    let pointer = nameUnits.withUnsafeBufferPointer { namePointer in
      ruleUnits.withUnsafeBufferPointer { rulePointer in
        context.withUnsafeMutableBufferPointer { contextPointer in
          cicu_transliterator_open_rules(
            namePointer.baseAddress, Int32(nameUnits.count), rulePointer.baseAddress,
            Int32(ruleUnits.count), direction.cValue, &line, &offset, contextPointer.baseAddress,
            Int32(contextPointer.count), &status)
        }
      }
    }
    guard status <= 0, let pointer else {
      let end = context.firstIndex(of: 0) ?? context.count
      throw ICUError(
        status: max(status, 1), operation: "compiling transform rules '\(name)'",
        ruleLine: Int(line), ruleContext: String(decoding: context[0..<end], as: UTF16.self))
    }
    self.handle = Mutex(pointer)
    self.name = name
  }

  deinit {
    handle.withLock { cicu_transliterator_close($0) }
  }

  /// Returns `text` transliterated.
  ///
  /// - Complexity: O(*n* · *r*) where *r* depends on the rules; ICU's rule engine is slow per
  ///   character, so callers that see the same words often should cache per word.
  public func transliterate(_ text: String) throws(ICUError) -> String {
    if text.isEmpty { return text }
    var units = Array(text.utf16)
    var capacity = units.count * 2 + 16
    for _ in 0..<4 {
      var length = Int32(units.count)
      var status: Int32 = 0
      var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
      let needed = handle.withLock { pointer in
        buffer.withUnsafeMutableBufferPointer {
          cicu_transliterate(pointer, $0.baseAddress!, &length, Int32(capacity), &status)
        }
      }
      if status == CICU_BUFFER_OVERFLOW {
        capacity = max(Int(needed) + 16, capacity * 2)
        continue
      }
      try ICUError.check(status, "transliterating with '\(name)'")
      units = Array(buffer[0..<Int(length)])
      return String(decoding: units, as: UTF16.self)
    }
    throw ICUError(status: CICU_BUFFER_OVERFLOW, operation: "transliterating with '\(name)'")
  }
}
