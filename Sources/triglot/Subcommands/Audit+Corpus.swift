import Foundation
import TriglotAlign
import TriglotAudit

extension Audit {
  /// `triglot audit DIR…` and `--corpus DIR`: audits every article folder on all cores
  /// (``CorpusRunner``) and writes the output as the articles are done, in folder order, with a
  /// progress bar on a terminal. An article that cannot be read is reported on standard error
  /// and in the output, and the others are audited. Exit code 2 when an article could not be
  /// read, else 1 when one fails, else 0.
  func auditCorpus(with auditor: Auditor, targets: OutputTargets) throws {
    let accepted = try readBaseline()
    let entries = try reportingInputErrors { try corpusEntries() }
    let jobs: [CorpusJob] = entries.map {
      switch $0 {
      case .article(let path): .folder(path)
      case .unreadable(let path, let message): .unreadableFolder(path, message: message)
      }
    }
    let html = try reportingInputErrors {
      try chosenFormat == .html ? CorpusHTMLIndex(target: output!, force: force) : nil
    }
    let formatter = corpusFormatter(
      html: html, pathWidth: entries.map(\.path.count).max() ?? 0)
    let writer = try reportingInputErrors {
      CorpusWriter(
        formatter: formatter, output: try html?.rows ?? StreamedFile(path: targets.report),
        noteFailure: { article, reasons in
          for reason in reasons { printError("triglot: exit 1: \(article): \(reason)") }
        })
    }
    let job = articleJob(auditor: auditor, accepted: accepted, formatter: formatter)
    let interruption = Interruption()
    defer { interruption.restore() }
    let cursor = JobCursor(jobs, interruption: interruption)
    var progress = ProgressBar(total: jobs.count, quiet: quiet)
    try reportingInputErrors {
      defer { progress?.finish() }
      try writer.begin()
      progress?.update(done: 0)
      try CorpusRunner(workers: self.jobs).run(
        next: { cursor.next() }, process: { job.run($0) },
        deliver: { index, outcome in
          try writer.take(outcome)
          progress?.update(done: index + 1)
        })
      // Off the screen before the summary is written; the defer is for a failed run.
      progress?.finish()
      progress = nil
      try writer.finish()
      try html?.finish(summary: writer.summary, roots: inputs.folders + corpora)
    }
    try recordBaseline(writer.recorded, to: targets.baseline)
    if interruption.isRequested {
      let done = writer.summary.articles + writer.summary.failed
      printError(
        "triglot: interrupted: the output holds the \(done) of \(jobs.count) articles done")
      throw ExitStatus.interrupted
    }
    if writer.summary.failed > 0 { throw ExitStatus.inputError }
    if writer.failing > 0 { throw ExitStatus.findings }
  }

  /// The articles of the run: `DIR…` one level deep (as `triglot eval` finds them), then each
  /// `--corpus DIR` at any depth. A `DIR` that holds no article is an entry that fails.
  private func corpusEntries() throws -> [ArticleFolder.CorpusEntry] {
    var entries: [ArticleFolder.CorpusEntry] = []
    for directory in inputs.folders {
      do {
        entries += try ArticleFolder.folders(in: directory, matching: .editions).map {
          .article(path: $0.path)
        }
      } catch {
        entries.append(.unreadable(path: directory, message: CorpusAuditJob.message(error)))
      }
    }
    for directory in corpora {
      let found = try ArticleFolder.corpus(in: directory)
      if found.isEmpty {
        entries.append(
          .unreadable(
            path: directory,
            message: "\(directory): no article folder under it (an article folder holds "
              + "\(ArticleFolder.Criterion.editions.holding))"))
      }
      entries += found
    }
    return entries
  }

  /// The work done for each article of a run: read, audit with `auditor` under the options,
  /// hide what `accepted` accepts, render with `formatter`.
  private func articleJob(
    auditor: Auditor, accepted: FindingBaseline?, formatter: any CorpusFormatter
  ) -> CorpusAuditJob {
    CorpusAuditJob(
      settings: settings, auditor: auditor, accepted: accepted,
      recordsBaseline: writeBaseline != nil, readerOptions: inputs.readerOptions,
      formatter: formatter)
  }

  /// The formatter of ``chosenFormat`` for article folders.
  private func corpusFormatter(html: CorpusHTMLIndex?, pathWidth: Int) -> any CorpusFormatter {
    switch chosenFormat {
    case .text:
      CorpusTextFormatter(
        colored: textIsColored(), width: TerminalWidth.columns(), pathWidth: pathWidth,
        listsArticles: corpora.isEmpty)
    case .json: CorpusJSONFormatter()
    case .jsonl: CorpusJSONLinesFormatter()
    case .csv: CorpusCSVFormatter()
    case .html: CorpusHTMLFormatter(staging: html!.staging, roots: inputs.folders + corpora)
    }
  }

  /// `triglot audit --manifest FILE`: one JSON line of results per manifest line, in order,
  /// each written as soon as it and every line before it are done. Exit code 0 once every line
  /// is answered, 2 when the manifest cannot be read or the output written.
  func auditManifest(_ path: String, with auditor: Auditor, targets: OutputTargets) throws {
    let accepted = try readBaseline()
    let reader = try reportingInputErrors { try LineReader(path: path) }
    let formatter = CorpusJSONLinesFormatter()
    let writer = try reportingInputErrors {
      CorpusWriter(
        formatter: formatter, output: try StreamedFile(path: targets.report),
        noteFailure: { _, _ in })
    }
    let job = articleJob(auditor: auditor, accepted: accepted, formatter: formatter)
    let interruption = Interruption()
    defer { interruption.restore() }
    try reportingInputErrors {
      try CorpusRunner(workers: jobs).run(
        next: { interruption.isRequested ? nil : try Self.nextManifestJob(reader) },
        process: { job.run($0) },
        deliver: { _, outcome in try writer.take(outcome) })
      try writer.finish()
    }
    try recordBaseline(writer.recorded, to: targets.baseline)
    if interruption.isRequested {
      printError("triglot: interrupted: every line read was answered; the rest were not read")
      throw ExitStatus.interrupted
    }
  }

  /// The job of the next non-blank line of the manifest; nil at its end.
  private static func nextManifestJob(_ reader: LineReader) throws -> CorpusJob? {
    while let line = try reader.next() {
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      let number = reader.lineNumber
      do {
        let entry = try JSONDecoder().decode(ManifestEntry.self, from: Data(line.utf8))
        return .manifest(entry, name: .line(number, id: entry.id))
      } catch let error as CLIError {
        return .invalidLine(
          name: .line(number, id: Self.id(in: line)),
          reason: "\(reader.source) line \(reader.lineNumber): \(error.message)")
      } catch {
        return .invalidLine(
          name: .line(number, id: nil),
          reason:
            "\(reader.source) line \(reader.lineNumber): not a JSON object (\(Self.jsonProblem(error)))"
        )
      }
    }
    return nil
  }

  /// The `id` of a line that is JSON but not a valid manifest entry, to answer it by.
  private static func id(in line: String) -> ManifestID? {
    struct Identified: Decodable { var id: ManifestID? }
    return (try? JSONDecoder().decode(Identified.self, from: Data(line.utf8)))?.id
  }

  /// What is wrong with a line JSON cannot decode, in a few words.
  private static func jsonProblem(_ error: any Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let key = context.codingPath.last.map { "\"\($0.stringValue)\": " } ?? ""
      return key + context.debugDescription
    case DecodingError.dataCorrupted:
      return "the line is not valid JSON"
    default:
      return "\(error)"
    }
  }
}

/// Hands out the jobs of a list one at a time to the corpus runner's producer, until a Ctrl-C.
private final class JobCursor: @unchecked Sendable {
  private let jobs: [CorpusJob]
  private let interruption: Interruption
  private var index = 0

  init(_ jobs: [CorpusJob], interruption: Interruption) {
    self.jobs = jobs
    self.interruption = interruption
  }

  /// The next job, none once interrupted; only the producer thread calls it.
  func next() -> CorpusJob? {
    guard index < jobs.count, !interruption.isRequested else { return nil }
    defer { index += 1 }
    return jobs[index]
  }
}
