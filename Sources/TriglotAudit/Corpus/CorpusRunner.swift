import Dispatch
import Foundation

/// Runs one piece of work per article on several threads and hands the results back one at a
/// time, in the order the articles came, as soon as each is ready: the engine of a corpus audit.
///
/// Memory stays bounded whatever the corpus's size: at most ``window`` articles are in work or
/// waiting to be handed back at any time, so a slow article holds back the hand-over but never
/// makes results pile up. Articles are taken from `next` on a thread of their own, so a worker
/// reading standard input line by line (`triglot audit --manifest -`) answers each line before
/// the next one arrives.
public struct CorpusRunner: Sendable {
  /// How many articles are worked on at once.
  public var workers: Int
  /// How many articles may be taken but not yet handed back: at least ``workers``.
  public var window: Int

  /// A runner of `workers` threads (default: one per core) and a window of four articles per
  /// worker, enough that one long article does not leave the other cores idle for long.
  public init(workers: Int? = nil, window: Int? = nil) {
    let workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    self.workers = workers
    self.window = max(workers, window ?? workers * 4)
  }

  /// Calls `process` on every job `next` returns until it returns nil, on ``workers`` threads,
  /// and `deliver` on the calling thread with each job's index (from 0) and result, in order.
  ///
  /// - Throws: the first error of `deliver` (no further job is taken and the jobs in work are
  ///   finished but not delivered), else the error of `next` after every job taken before it is
  ///   delivered.
  public func run<Job: Sendable, Output: Sendable>(
    next: @escaping @Sendable () throws -> Job?,
    process: @escaping @Sendable (Job) -> Output,
    deliver: (_ index: Int, _ output: Output) throws -> Void
  ) throws {
    let state = RunState<Job, Output>(window: window)
    // The producer is not waited for: after a failed delivery it may be blocked reading input
    // that never comes, and it takes nothing more once it returns.
    DispatchQueue.global().async { state.produce(next) }
    let workerThreads = DispatchGroup()
    for _ in 0..<workers {
      DispatchQueue.global().async(group: workerThreads) { state.work(process) }
    }
    defer {
      state.stop()
      workerThreads.wait()
    }
    var index = 0
    while let output = try state.take(index) {
      do {
        try deliver(index, output)
      } catch {
        state.stop()
        throw error
      }
      index += 1
      state.markDelivered(index)
    }
  }
}

/// The jobs taken, the results waiting and the flags the threads of a ``CorpusRunner`` share,
/// under one condition lock.
private final class RunState<Job: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  private var queue: [(index: Int, job: Job)] = []
  private var queueStart = 0
  private var results: [Int: Output] = [:]
  /// Jobs taken from `next` so far.
  private var taken = 0
  /// Results handed back so far.
  private var delivered = 0
  private var finishedTaking = false
  private var stopped = false
  private var inputError: (any Error)?

  init(window: Int) { self.window = window }

  /// The producer thread: takes jobs while the window has room.
  func produce(_ next: () throws -> Job?) {
    while true {
      condition.lock()
      while !stopped && taken - delivered >= window { condition.wait() }
      if stopped {
        condition.unlock()
        return
      }
      condition.unlock()
      let job: Job?
      var failure: (any Error)?
      do { job = try next() } catch {
        job = nil
        failure = error
      }
      condition.lock()
      if let job {
        queue.append((taken, job))
        taken += 1
      } else {
        finishedTaking = true
        inputError = failure
      }
      condition.broadcast()
      condition.unlock()
      if job == nil { return }
    }
  }

  /// A worker thread: processes queued jobs until there are no more.
  func work(_ process: (Job) -> Output) {
    while true {
      condition.lock()
      while !stopped && queueStart == queue.count && !finishedTaking { condition.wait() }
      if stopped || queueStart == queue.count {
        condition.unlock()
        return
      }
      let (index, job) = queue[queueStart]
      queueStart += 1
      if queueStart > 64 && queueStart * 2 > queue.count {
        queue.removeFirst(queueStart)
        queueStart = 0
      }
      condition.unlock()
      let output = process(job)
      condition.lock()
      results[index] = output
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The result of job `index` once it is ready; nil when every job is delivered.
  ///
  /// - Throws: the producer's error once every job taken before it is delivered.
  func take(_ index: Int) throws -> Output? {
    condition.lock()
    defer { condition.unlock() }
    while results[index] == nil && !(finishedTaking && index == taken) { condition.wait() }
    guard let output = results.removeValue(forKey: index) else {
      if let inputError { throw inputError }
      return nil
    }
    return output
  }

  /// Counts the jobs before `count` as handed back, making room in the window.
  func markDelivered(_ count: Int) {
    condition.lock()
    delivered = count
    condition.broadcast()
    condition.unlock()
  }

  /// Makes every thread return as soon as it can.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }
}
