import Dispatch
import Foundation

/// Transliterates large blocks of UTF-8 text on several threads at once, each with its own
/// ``Transliterator`` and cache, with output byte-identical to one transliterator's.
///
/// A block is cut after line feeds into about equal parts, one per worker; since no rule looks
/// across a line feed, the parts can be done independently and joined in order. Worth it for
/// blocks of tens of kilobytes and more: below that the threads cost more than they save.
public final class ParallelTransliterator: Sendable {
  private let workers: [Transliterator]

  /// Compiles `standard` once per worker; `workers` defaults to the active processor count.
  public init(
    _ standard: TransliterationStandard, direction: ICUTransliterator.Direction = .forward,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws(ICUError) {
    var made: [Transliterator] = []
    for _ in 0..<max(1, workers) {
      made.append(try Transliterator(standard, direction: direction))
    }
    self.workers = made
  }

  /// Appends the transliteration of `input` to `output`, checking that `input` is valid UTF-8.
  ///
  /// - Returns: nil, or the offset of the first byte of `input` that does not begin a
  ///   well-formed UTF-8 sequence; then the lines of the parts before the bad one are appended
  ///   and nothing of the bad part (callers that want the lines before the bad byte of that part
  ///   transliterate them again up to the offset).
  public func transliterate(
    validatingUTF8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) throws(ICUError) -> Int? {
    let parts = Self.parts(of: input, count: workers.count)
    if parts.count == 1 {
      return try workers[0].transliterate(validatingUTF8: input, into: &output)
    }
    let results = UnsafeMutableBufferPointer<PartResult>.allocate(capacity: parts.count)
    results.initialize(repeating: PartResult())
    defer { results.deinitialize().deallocate() }
    let shared = SharedResults(results: results, input: input)
    let workers = self.workers
    DispatchQueue.concurrentPerform(iterations: parts.count) { index in
      let part = UnsafeBufferPointer(rebasing: shared.input[parts[index]])
      var bytes: [UInt8] = []
      bytes.reserveCapacity(part.count + part.count / 2)
      do throws(ICUError) {
        let bad = try workers[index].transliterate(validatingUTF8: part, into: &bytes)
        shared.results[index] = PartResult(bytes: bytes, invalidOffset: bad)
      } catch {
        shared.results[index] = PartResult(error: error)
      }
    }
    for (index, result) in results.enumerated() {
      if let error = result.error { throw error }
      if let bad = result.invalidOffset { return parts[index].lowerBound + bad }
      output.append(contentsOf: result.bytes)
    }
    return nil
  }

  /// One worker's outcome.
  struct PartResult {
    var bytes: [UInt8] = []
    var invalidOffset: Int?
    var error: ICUError?
  }

  /// The input the workers read (never written while they run) and the result slots, written
  /// by one worker each (never the same index twice) and read after `concurrentPerform`
  /// returns.
  private struct SharedResults: @unchecked Sendable {
    let results: UnsafeMutableBufferPointer<PartResult>
    let input: UnsafeBufferPointer<UInt8>
  }

  /// `input` cut just after line feeds into at most `count` parts of about equal size; one part
  /// when the input is small or has no line feed where a cut should go.
  static func parts(of input: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
    guard count > 1, input.count >= minimumPartSize * 2 else { return [0..<input.count] }
    var parts: [Range<Int>] = []
    var start = 0
    for part in 1..<count {
      var cut = input.count * part / count
      while cut < input.count && input[cut - 1] != 0x0A { cut += 1 }
      if cut >= input.count { break }
      if cut > start {
        parts.append(start..<cut)
        start = cut
      }
    }
    parts.append(start..<input.count)
    return parts
  }

  /// Parts smaller than this are not worth a thread.
  static let minimumPartSize = 16 * 1024
}
