import TriglotAudit

extension CorpusSummary {
  /// The name of coverage band `index` of ``CorpusSummary/coverageBands`` in the reports:
  /// `100%`, `95%–100%`, …, `under 50%`.
  static func bandName(_ index: Int) -> String {
    let bands = coverageBands
    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
    if index == 0 { return percent(bands[0]) }
    if index == bands.count - 1 { return "under " + percent(bands[index - 1]) }
    return "\(percent(bands[index]))–\(percent(bands[index - 1]))"
  }
}
