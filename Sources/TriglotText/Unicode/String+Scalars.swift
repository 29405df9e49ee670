extension String {
  /// Creates a string from Unicode scalars by encoding them to UTF-8 in one buffer, which is
  /// several times faster than appending them to a `UnicodeScalarView` one by one.
  init<S: Sequence<Unicode.Scalar>>(_scalars scalars: S) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount)
    for scalar in scalars {
      if scalar.value < 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      } else {
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    self.init(decoding: bytes, as: UTF8.self)
  }
}
