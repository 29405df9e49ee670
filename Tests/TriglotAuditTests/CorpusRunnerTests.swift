import Foundation
import Synchronization
import Testing
import TriglotAudit

@Suite("Corpus runner")
struct CorpusRunnerTests {
  /// Jobs whose work takes longer for earlier jobs, so they finish out of order.
  @Test(arguments: [1, 2, 4])
  func handsResultsBackInInputOrder(workers: Int) throws {
    let count = 60
    let jobs = Mutex(0)
    var delivered: [Int] = []
    try CorpusRunner(workers: workers, window: workers * 3).run(
      next: { () -> Int? in
        jobs.withLock { next in
          guard next < count else { return nil }
          defer { next += 1 }
          return next
        }
      },
      process: { (job: Int) -> Int in
        usleep(UInt32((count - job) % 7) * 300)
        return job * 10
      },
      deliver: { (index, output: Int) in
        #expect(output == index * 10)
        delivered.append(index)
      })
    #expect(delivered == Array(0..<count))
  }

  /// However slow the first job, no more than `window` jobs are taken and not handed back.
  @Test func takesNoMoreThanTheWindowAhead() throws {
    let window = 5
    let taken = Mutex(0)
    let delivered = Mutex(0)
    let mostAhead = Mutex(0)
    try CorpusRunner(workers: 2, window: window).run(
      next: { () -> Int? in
        let job = taken.withLock { next -> Int? in
          guard next < 40 else { return nil }
          defer { next += 1 }
          return next
        }
        if let job {
          let ahead = job + 1 - delivered.withLock { $0 }
          mostAhead.withLock { $0 = max($0, ahead) }
        }
        return job
      },
      process: { (job: Int) -> Int in
        if job == 0 { usleep(50_000) }
        return job
      },
      deliver: { _, _ in delivered.withLock { $0 += 1 } })
    #expect(mostAhead.withLock { $0 } <= window)
    #expect(delivered.withLock { $0 } == 40)
  }

  /// A worker fed line by line: the result of a job is handed back while the producer waits
  /// for the next one.
  @Test func handsBackAResultBeforeTheNextJobArrives() throws {
    let firstDelivered = DispatchSemaphore(value: 0)
    let calls = Mutex(0)
    var order: [String] = []
    let lock = NSLock()
    try CorpusRunner(workers: 2).run(
      next: { () -> Int? in
        let call = calls.withLock { value -> Int in
          value += 1
          return value
        }
        if call == 2 {
          // The second job "arrives" only once the first result is out.
          #expect(firstDelivered.wait(timeout: .now() + 10) == .success)
        }
        return call <= 2 ? call : nil
      },
      process: { (job: Int) -> Int in job },
      deliver: { (_, output: Int) in
        lock.withLock { order.append("delivered \(output)") }
        if output == 1 { firstDelivered.signal() }
      })
    #expect(order == ["delivered 1", "delivered 2"])
  }

  struct Stop: Error {}

  @Test func aFailedDeliveryStopsTheRun() {
    let processed = Mutex(0)
    var delivered = 0
    #expect(throws: Stop.self) {
      let next = Mutex(0)
      try CorpusRunner(workers: 2, window: 4).run(
        next: { () -> Int? in next.withLock { value in
          defer { value += 1 }
          return value
        } },
        process: { (job: Int) -> Int in
          processed.withLock { $0 += 1 }
          return job
        },
        deliver: { index, _ in
          delivered += 1
          if index == 3 { throw Stop() }
        })
    }
    #expect(delivered == 4)
    // The endless producer was stopped: at most the window's worth beyond what was delivered.
    #expect(processed.withLock { $0 } <= 4 + 4)
  }

  @Test func anInputErrorComesAfterEveryJobTakenBeforeIt() {
    var delivered: [Int] = []
    #expect(throws: Stop.self) {
      let next = Mutex(0)
      try CorpusRunner(workers: 2).run(
        next: { () -> Int? in
          try next.withLock { value in
            if value == 3 { throw Stop() }
            defer { value += 1 }
            return value
          }
        },
        process: { (job: Int) -> Int in job },
        deliver: { index, _ in delivered.append(index) })
    }
    #expect(delivered == [0, 1, 2])
  }

  @Test func anEmptyInputDeliversNothing() throws {
    var delivered = 0
    try CorpusRunner().run(next: { nil as Int? }, process: { (job: Int) -> Int in job }, deliver: { _, _ in delivered += 1 })
    #expect(delivered == 0)
  }
}
