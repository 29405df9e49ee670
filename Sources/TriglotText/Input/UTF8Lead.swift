/// What a UTF-8 lead byte promises, by RFC 3629: how long its sequence is and which values its
/// second byte may take (the narrower ranges rule out overlong forms, surrogates and code points
/// above U+10FFFF; every later byte is a plain continuation byte, 80–BF).
public enum UTF8Lead {
  /// The length of the sequence `lead` starts (1 to 4) and the allowed second byte, or `nil`
  /// when `lead` cannot start a well-formed sequence (a continuation byte, C0, C1, F5–FF).
  @inlinable
  public static func shape(of lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
    switch lead {
    case 0x00...0x7F: (1, 0x80...0xBF)
    case 0xC2...0xDF: (2, 0x80...0xBF)
    case 0xE0: (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
    case 0xED: (3, 0x80...0x9F)
    case 0xF0: (4, 0x90...0xBF)
    case 0xF1...0xF3: (4, 0x80...0xBF)
    case 0xF4: (4, 0x80...0x8F)
    default: nil
    }
  }
}
