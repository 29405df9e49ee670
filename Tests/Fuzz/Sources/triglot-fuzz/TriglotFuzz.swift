import Foundation
import TriglotFuzzTargets

// `triglot-fuzz TARGET [libFuzzer flags] [corpus folders]`: libFuzzer's own `main` (linked by
// -sanitize=fuzzer) calls the two functions below. One binary, one sanitized build, serves
// every target: the first argument names it, and is taken out before libFuzzer parses its flags.
// The name is also put in the environment (TRIGLOT_FUZZ_TARGET), which the processes libFuzzer
// starts itself (-fork, -merge, -minimize_crash) inherit, since it starts them without it.

/// The target libFuzzer's callback runs; set once, before the first input.
nonisolated(unsafe) private var target = FuzzTarget.normalize

private let environmentKey = "TRIGLOT_FUZZ_TARGET"

/// libFuzzer's start-up hook: picks the target from the first argument or the environment.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> CInt {
  let arguments = argv.pointee
  if argc.pointee >= 2, let first = arguments[1],
    let named = FuzzTarget(rawValue: String(cString: first))
  {
    target = named
    setenv(environmentKey, named.rawValue, 1)
    // Shift the rest (and the terminating null) down over the target's name.
    for index in 1..<Int(argc.pointee) { arguments[index] = arguments[index + 1] }
    argc.pointee -= 1
  } else if let name = ProcessInfo.processInfo.environment[environmentKey],
    let named = FuzzTarget(rawValue: name)
  {
    target = named
  } else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(
      Data(
        "usage: triglot-fuzz TARGET [libFuzzer flags] [corpus folders]; targets: \(names)\n"
          .utf8))
    exit(64)
  }
  FuzzTarget.prepare()
  return 0
}

/// libFuzzer's callback: runs the target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  target.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}
