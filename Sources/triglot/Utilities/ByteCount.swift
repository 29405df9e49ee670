import ArgumentParser

/// A size in bytes as a command-line value: `1048576`, `512K` or `16M` (1024-based).
struct ByteCount: ExpressibleByArgument, Sendable, CustomStringConvertible {
  /// The size in bytes.
  var bytes: Int

  /// The size `bytes`.
  init(_ bytes: Int) { self.bytes = bytes }

  init?(argument: String) {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = Substring(argument)
    var unit = 1
    if let last = digits.last?.uppercased().first, let factor = units[last] {
      unit = factor
      digits = digits.dropLast()
    }
    guard let count = Int(digits), count >= 0, count <= Int.max / unit else { return nil }
    bytes = count * unit
  }

  /// `16M` for 16 MiB, as the option takes it.
  var defaultValueDescription: String {
    inLargestUnit.map { "\($0.count)\($0.unit)" } ?? String(bytes)
  }

  /// `16 MiB`, `1000 bytes`: for people.
  var description: String {
    inLargestUnit.map { "\($0.count) \($0.unit)iB" } ?? "\(bytes) bytes"
  }

  /// `1.5 GiB`, `200 MiB`, `12 KiB`, `100 bytes`: the size rounded, for a message.
  var approximate: String {
    for (unit, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes >= size {
      let value = Double(bytes) / Double(size)
      return (value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded())))
        + " \(unit)iB"
    }
    return "\(bytes) bytes"
  }

  /// The size in the largest unit that divides it: (16, "M") for 16 MiB; nil when none does.
  private var inLargestUnit: (count: Int, unit: String)? {
    [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)]
      .first { bytes > 0 && bytes % $0.1 == 0 }
      .map { (bytes / $0.1, $0.0) }
  }
}
