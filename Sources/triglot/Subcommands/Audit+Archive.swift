import Foundation
import TriglotAlign
import TriglotAudit

extension Audit {
  /// `triglot audit DIR…`: audits every article folder the folders name, as `triglot eval` finds
  /// them. A folder that cannot be read is reported on standard error (one line naming it) and
  /// the others are audited; the report is written whole at the end, and the exit code is 2
  /// when a folder could not be read, else 1 when an article fails, else 0.
  func auditArchive(with auditor: Auditor) throws {
    let settings = settings
    let accepted = try readBaseline()
    var recorded = FindingBaseline()
    var articles: [AuditArchive.Article] = []
    var unreadable = 0
    var failed: [AuditArchive.Article] = []
    for directory in inputs.folders {
      let folders: [ArticleFolder]
      do {
        folders = try ArticleFolder.folders(in: directory, matching: .editions)
      } catch {
        reportUnreadable(directory, error)
        unreadable += 1
        continue
      }
      for folder in folders {
        do {
          let full = try settings.audit(
            try folder.editions(options: inputs.readerOptions), with: auditor)
          if writeBaseline != nil {
            recorded.accepted +=
              FindingBaseline(accepting: settings.shown(full), article: folder.path).accepted
          }
          let report = accepted.map { full.accepting($0, article: folder.path) } ?? full
          if settings.fails(report) {
            failed.append(AuditArchive.Article(path: folder.path, report: report))
          }
          articles.append(AuditArchive.Article(path: folder.path, report: settings.shown(report)))
        } catch {
          reportUnreadable(folder.path, error)
          unreadable += 1
        }
      }
    }
    let archive = AuditArchive(articles: articles, unreadable: unreadable)
    let rendered: String
    switch format {
    case .text:
      rendered = ArchiveTextReportRenderer(colored: textIsColored(), width: TerminalWidth.columns())
        .render(archive)
    case .json, .html:  // `validate()` turns html away for folders.
      rendered = try AuditArchiveJSONDocument(archive).encoded()
    }
    try write(rendered)
    try recordBaseline(recorded)
    for article in failed { noteFailure(article.report, article: article.path) }
    if unreadable > 0 { throw ExitStatus.inputError }
    if !failed.isEmpty { throw ExitStatus.findings }
  }

  /// `triglot: <path>: <problem>` on standard error; the path is added when the message does
  /// not name it already (a file in the folder counts).
  private func reportUnreadable(_ path: String, _ error: any Error) {
    let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    printError("triglot: " + (message.contains(path) ? message : "\(path): \(message)"))
  }
}
