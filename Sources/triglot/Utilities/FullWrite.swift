import Foundation

/// Writes all of `bytes` to `descriptor`, again after a partial write or an interrupted call.
///
/// - Returns: nil when every byte was written, else the `errno` of the write that failed (a
///   full disk, a closed pipe).
func writeFully(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes {
      Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
    }
    if written < 0 && errno == EINTR { continue }
    guard written > 0 else { return written == 0 ? EIO : errno }
    offset += written
  }
  return nil
}
