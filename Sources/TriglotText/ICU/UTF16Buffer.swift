import CICU

/// Runs an ICU "preflighting" call that writes UTF-16 into a caller buffer: first with a guess,
/// then again with the exact size ICU asked for.
///
/// `body` receives the source units, the destination pointer and capacity, and a status pointer,
/// and returns the length of the result.
func withICUOutput(
  _ source: String,
  operation: @autoclosure () -> String,
  _ body: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32,
    UnsafeMutablePointer<Int32>) -> Int32
) throws(ICUError) -> String {
  let units = Array(source.utf16)
  var capacity = max(16, units.count + units.count / 4 + 8)
  for _ in 0..<2 {
    var status: Int32 = 0
    var output = [UInt16](repeating: 0, count: capacity)
    let length = units.withUnsafeBufferPointer { src in
      output.withUnsafeMutableBufferPointer { dst in
        body(src.baseAddress ?? emptyUnits, Int32(units.count), dst.baseAddress!, Int32(capacity),
          &status)
      }
    }
    if status == CICU_BUFFER_OVERFLOW {
      capacity = Int(length) + 1
      continue
    }
    try ICUError.check(status, operation())
    return String(decoding: output[0..<Int(length)], as: UTF16.self)
  }
  throw ICUError(status: CICU_BUFFER_OVERFLOW, operation: operation())
}

/// A valid pointer for empty input (ICU rejects NULL with a non-zero length, accepts it with 0,
/// but Swift's empty arrays have no base address).
nonisolated(unsafe) let emptyUnits: UnsafePointer<UInt16> = {
  let pointer = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
  pointer.initialize(to: 0)
  return UnsafePointer(pointer)
}()
