import Foundation
import TriglotAlign
import TriglotAudit
import TriglotText

/// The work a corpus run does for one article on a worker thread: read its editions, align and
/// audit them, apply the baseline, and render the article's piece of the output.
struct CorpusAuditJob: Sendable {
  var settings: AuditSettings
  var auditor: Auditor
  /// The accepted findings of `--baseline`.
  var accepted: FindingBaseline?
  /// Whether to collect the findings for `--write-baseline`.
  var recordsBaseline: Bool
  var readerOptions: DocumentReader.Options
  var formatter: any CorpusFormatter

  /// The outcome of `job`, with the lines it printed on standard error kept in it.
  func run(_ job: CorpusJob) -> CorpusOutcome {
    let (outcome, notes) = StandardError.collecting { () -> CorpusOutcome in
      switch job {
      case .folder(let path):
        return audit(.path(path), key: path) {
          try ArticleFolder(path: path).editions(options: readerOptions)
        }
      case .unreadableFolder(let path, let message):
        return failed(.path(path), message)
      case .manifest(let entry, let name):
        return audit(name, key: name.text) {
          try entry.editions(name: name.text, options: readerOptions)
        }
      case .invalidLine(let name, let reason):
        return failed(name, reason)
      }
    }
    var result = outcome
    result.notes = notes
    return result
  }

  private func audit(_ name: ArticleName, key: String, read: () throws -> [Edition])
    -> CorpusOutcome
  {
    let full: ArticleAudit
    do {
      full = try settings.audit(try read(), with: auditor)
    } catch {
      return failed(name, Self.message(error))
    }
    let report = accepted.map { full.accepting($0, article: key) } ?? full
    let shown = settings.shown(report)
    var outcome = CorpusOutcome(name: name)
    outcome.record = CorpusSummary.Article(path: name.text, report: shown)
    outcome.fails = settings.fails(report)
    if outcome.fails { outcome.failureReasons = settings.failureReasons(report) }
    if recordsBaseline {
      outcome.baseline = FindingBaseline(accepting: settings.shown(full), article: key).accepted
    }
    do {
      outcome.piece = try formatter.piece(name: name, report: shown, fails: outcome.fails)
    } catch {
      outcome.outputError = Self.message(error)
    }
    return outcome
  }

  private func failed(_ name: ArticleName, _ reason: String) -> CorpusOutcome {
    var outcome = CorpusOutcome(name: name)
    outcome.failure = reason
    do {
      outcome.piece = try formatter.failurePiece(name: name, reason: reason)
    } catch {
      outcome.outputError = Self.message(error)
    }
    return outcome
  }

  /// An error's one-line message.
  static func message(_ error: any Error) -> String {
    (error as? LocalizedError)?.errorDescription ?? String(describing: error)
  }
}
